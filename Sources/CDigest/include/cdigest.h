#ifndef VNPLAN_CDIGEST_H
#define VNPLAN_CDIGEST_H
#include <stddef.h>
#include <stdint.h>
/// SHA-256 of `length` bytes into `out` (32 bytes), via OpenSSL's libcrypto.
void vnplan_sha256(const uint8_t *bytes, size_t length, uint8_t out[32]);
#endif
