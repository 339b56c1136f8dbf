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

// Error handlers that drop everything. The generic one is variadic, which Swift cannot
// express, so both live here.
static inline void winnow_xml_ignore_generic_error(void *context, const char *message, ...) {
    (void)context; (void)message;
}
static inline void winnow_xml_ignore_structured_error(void *context, xmlErrorPtr error) {
    (void)context; (void)error;
}
// libxml2's error handlers are per thread: call this on every thread before parsing,
// otherwise errors are printed to stderr.
static inline void winnow_xml_silence_errors_on_this_thread(void) {
    xmlSetGenericErrorFunc(NULL, winnow_xml_ignore_generic_error);
    xmlSetStructuredErrorFunc(NULL, winnow_xml_ignore_structured_error);
}

#endif
