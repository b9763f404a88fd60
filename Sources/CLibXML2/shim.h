#ifndef VNPLAN_CLIBXML2_SHIM_H
#define VNPLAN_CLIBXML2_SHIM_H
// libxml's encoding.h pulls in the system ICU headers when LIBXML_ICU_ENABLED is set;
// those clash with Foundation's private ICU copy. Hide it (see shared/docs/swift-c-interop.md).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#endif
