/* walk.h: the public header of the walk stage: what gc's walk pass (which
 * runs after escape analysis, function by function, in compile order)
 * prints at -m. */
#ifndef GOESC_WALK_H
#define GOESC_WALK_H

#include "ir/ir.h"

/* walk_package appends walk's -m diagnostics for ip to out ("index bounds
 * check elided"), in gc's order: functions in ip->funcs order, each
 * followed by its closures as gc's compile queue takes them. */
void walk_package(IrPackage *ip, DiagList *out);

#endif
