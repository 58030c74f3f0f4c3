/* escape.c: the entry point of escape analysis (esc_package).
 * Placeholder until the analysis lands. */
#include "escape/escape.h"

void esc_package(IrPackage *ip, const EscConfig *cfg, DiagList *out) {
    (void)ip, (void)cfg, (void)out;
}
