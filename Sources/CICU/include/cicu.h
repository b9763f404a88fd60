#ifndef VNPLAN_CICU_H
#define VNPLAN_CICU_H
// The only door to the system ICU. This header uses C standard types only: ICU's own
// headers are included by the .c file, never by Swift (see shared/docs/swift-c-interop.md).
#include <stdint.h>

/// Normalisation forms for vnplan_icu_normalize.
enum { VNPLAN_NFC = 0, VNPLAN_NFD = 1, VNPLAN_NFKC = 2 };

/// Returns 1 when `src` is certainly already in `form` (ICU quick check says yes), else 0.
int32_t vnplan_icu_is_normalized(int32_t form, const uint16_t *src, int32_t length);

/// Normalises `src` into `dest`. Returns the needed length (which may exceed `capacity`:
/// call again with a larger buffer) or -1 on error; `*error` receives ICU's error code.
int32_t vnplan_icu_normalize(int32_t form, const uint16_t *src, int32_t length,
                             uint16_t *dest, int32_t capacity, int32_t *error);

/// Opens a transliterator from an ICU id ("Latin-ASCII") or, when `is_rules` is 1, from rules.
/// Returns NULL on error (`*error` set).
void *vnplan_icu_transliterator_open(const uint16_t *id_or_rules, int32_t length,
                                     int32_t is_rules, int32_t *error);
void vnplan_icu_transliterator_close(void *transliterator);

/// Transliterates `buffer[0..<*length]` in place; `capacity` is the buffer size. Returns the
/// needed length (greater than capacity means: call again with a larger buffer) or -1.
int32_t vnplan_icu_transliterate(void *transliterator, uint16_t *buffer, int32_t *length,
                                 int32_t capacity, int32_t *error);

/// Converts bytes in `charset` (an ICU converter name such as "windows-1258") to UTF-16.
/// Returns the needed length, or -1 on error. Unmappable bytes become U+FFFD.
int32_t vnplan_icu_decode(const char *charset, const uint8_t *src, int32_t length,
                          uint16_t *dest, int32_t capacity, int32_t *error);

/// ICU's Unicode version, "15.0" style, into `out` (at least 32 bytes).
void vnplan_icu_unicode_version(char *out);

/// ICU's name of an error code.
const char *vnplan_icu_error_name(int32_t error);

/// Confusable skeleton (uspoof_getSkeleton) of `src`. Returns needed length or -1.
int32_t vnplan_icu_confusable_skeleton(const uint16_t *src, int32_t length,
                                       uint16_t *dest, int32_t capacity, int32_t *error);

/// Compares two UTF-16 strings with the Vietnamese collator: <0, 0, >0.
int32_t vnplan_icu_compare_vietnamese(const uint16_t *a, int32_t a_length,
                                      const uint16_t *b, int32_t b_length);
#endif
