#include "cicu.h"
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/ucnv.h>
#include <unicode/uspoof.h>
#include <unicode/ucol.h>
#include <unicode/uversion.h>
#include <pthread.h>

static const UNormalizer2 *normalizer(int32_t form, UErrorCode *status) {
    switch (form) {
    case VNPLAN_NFD: return unorm2_getNFDInstance(status);
    case VNPLAN_NFKC: return unorm2_getNFKCInstance(status);
    default: return unorm2_getNFCInstance(status);
    }
}

int32_t vnplan_icu_is_normalized(int32_t form, const uint16_t *src, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &status);
    if (U_FAILURE(status)) return 0;
    UNormalizationCheckResult r = unorm2_quickCheck(n, (const UChar *)src, length, &status);
    return U_SUCCESS(status) && r == UNORM_YES;
}

int32_t vnplan_icu_normalize(int32_t form, const uint16_t *src, int32_t length,
                             uint16_t *dest, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &status);
    if (U_FAILURE(status)) { *error = status; return -1; }
    int32_t needed = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dest, capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) { *error = 0; return needed; }
    *error = status;
    return U_FAILURE(status) ? -1 : needed;
}

void *vnplan_icu_transliterator_open(const uint16_t *id_or_rules, int32_t length,
                                     int32_t is_rules, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse;
    UTransliterator *t;
    if (is_rules) {
        static const UChar name[] = { 'v', 'n', 'p', 'l', 'a', 'n', 0 };
        t = utrans_openU(name, -1, UTRANS_FORWARD, (const UChar *)id_or_rules, length, &parse, &status);
    } else {
        t = utrans_openU((const UChar *)id_or_rules, length, UTRANS_FORWARD, NULL, 0, &parse, &status);
    }
    *error = status;
    return U_FAILURE(status) ? NULL : (void *)t;
}

void vnplan_icu_transliterator_close(void *transliterator) {
    if (transliterator) utrans_close((UTransliterator *)transliterator);
}

int32_t vnplan_icu_transliterate(void *transliterator, uint16_t *buffer, int32_t *length,
                                 int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t limit = *length;
    int32_t text_length = *length;
    utrans_transUChars((UTransliterator *)transliterator, (UChar *)buffer, &text_length,
                       capacity, 0, &limit, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) { *error = 0; return text_length > capacity ? text_length : capacity + 1; }
    *error = status;
    if (U_FAILURE(status)) return -1;
    *length = text_length;
    return text_length;
}

int32_t vnplan_icu_decode(const char *charset, const uint8_t *src, int32_t length,
                          uint16_t *dest, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *c = ucnv_open(charset, &status);
    if (U_FAILURE(status)) { *error = status; return -1; }
    int32_t needed = ucnv_toUChars(c, (UChar *)dest, capacity, (const char *)src, length, &status);
    ucnv_close(c);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) { *error = 0; return needed; }
    *error = status;
    return U_FAILURE(status) ? -1 : needed;
}

void vnplan_icu_unicode_version(char *out) {
    UVersionInfo v;
    u_getUnicodeVersion(v);
    u_versionToString(v, out);
}

const char *vnplan_icu_error_name(int32_t error) { return u_errorName((UErrorCode)error); }

static USpoofChecker *spoof_checker = NULL;
static pthread_once_t spoof_once = PTHREAD_ONCE_INIT;
static void spoof_init(void) {
    UErrorCode status = U_ZERO_ERROR;
    spoof_checker = uspoof_open(&status);
    if (U_FAILURE(status)) spoof_checker = NULL;
}

int32_t vnplan_icu_confusable_skeleton(const uint16_t *src, int32_t length,
                                       uint16_t *dest, int32_t capacity, int32_t *error) {
    pthread_once(&spoof_once, spoof_init);
    if (!spoof_checker) { *error = U_INTERNAL_PROGRAM_ERROR; return -1; }
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = uspoof_getSkeleton(spoof_checker, 0, (const UChar *)src, length, (UChar *)dest, capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) { *error = 0; return needed; }
    *error = status;
    return U_FAILURE(status) ? -1 : needed;
}

static UCollator *vi_collator = NULL;
static pthread_once_t collator_once = PTHREAD_ONCE_INIT;
static void collator_init(void) {
    UErrorCode status = U_ZERO_ERROR;
    vi_collator = ucol_open("vi", &status);
    if (U_FAILURE(status)) vi_collator = NULL;
}

int32_t vnplan_icu_compare_vietnamese(const uint16_t *a, int32_t a_length,
                                      const uint16_t *b, int32_t b_length) {
    pthread_once(&collator_once, collator_init);
    if (!vi_collator) return 0;
    // ucol_strcoll is thread-safe on a shared collator (read-only use).
    return (int32_t)ucol_strcoll(vi_collator, (const UChar *)a, a_length, (const UChar *)b, b_length);
}
