#ifndef WINNOW_CLIBXML2_SHIM_H
#define WINNOW_CLIBXML2_SHIM_H
// Debian's libxml2 pulls in system ICU headers that clash with Foundation's ICU module.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// xmlFree is a C global (not concurrency-safe in Swift 6); wrap it.
static inline void winnow_xml_free(void *pointer) { xmlFree(pointer); }
static inline const char *winnow_xml_parser_version(void) { return xmlParserVersion; }

#endif
