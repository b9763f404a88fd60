#include "cdigest.h"
#include <openssl/sha.h>

void vnplan_sha256(const uint8_t *bytes, size_t length, uint8_t out[32]) {
    SHA256(bytes, length, out);
}
