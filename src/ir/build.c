/* build.c: building a package's IR from its type-checked AST (ir_build).
 * Placeholder: an empty package until the builder lands. */
#include "ir/ir.h"

const char *const ir_op_names[IR_OP_COUNT] = {
#define X(op, gcname, doc) gcname,
    IR_OPS(X)
#undef X
};

IrPackage *ir_build(Package *pkg, AstFile **files, int nfiles, TypesInfo *info, int go_minor, Arena *arena) {
    (void)files, (void)nfiles, (void)info;
    IrPackage *ip = NEW(arena, IrPackage); /* zeroed */
    ip->pkg = pkg;
    ip->go_minor = go_minor;
    ip->arena = arena;
    return ip;
}
