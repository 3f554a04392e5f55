/* A switch-dispatched stack-machine interpreter written in C, running a bytecode program that sums
 * Collatz sequence lengths (and hashes the values seen) for every start below n. */
#include "bench.h"

enum { HALT, PUSH, LOAD, STORE, INC, ADD, MUL, AND, XOR, SHR, LT, EQ, JMP, JZ, JNZ, DUP, DROP };

static int64_t code[256];
static int pc_end;

static void emit(int64_t op) { code[pc_end++] = op; }
static void emit2(int64_t op, int64_t arg) { code[pc_end++] = op; code[pc_end++] = arg; }
/* A forward jump: returns where to patch the target. */
static int jump(int64_t op) { code[pc_end++] = op; code[pc_end++] = 0; return pc_end - 1; }

/* registers: 0 = i, 1 = x, 2 = total steps, 3 = limit, 4 = hash */
static void assemble(void) {
    pc_end = 0;
    emit2(PUSH, 1); emit2(STORE, 0);
    int outer = pc_end;
    emit2(LOAD, 0); emit2(LOAD, 3); emit(LT); int to_end = jump(JZ);
    emit2(LOAD, 0); emit2(STORE, 1);
    int inner = pc_end;
    emit2(LOAD, 1); emit2(PUSH, 1); emit(EQ); int to_next = jump(JNZ);
    emit2(LOAD, 1); emit2(PUSH, 1); emit(AND); int to_even = jump(JZ);
    emit2(LOAD, 1); emit2(PUSH, 3); emit(MUL); emit2(PUSH, 1); emit(ADD); emit2(STORE, 1);
    int to_count = jump(JMP);
    code[to_even] = pc_end;
    emit2(LOAD, 1); emit2(PUSH, 1); emit(SHR); emit2(STORE, 1);
    code[to_count] = pc_end;
    emit2(INC, 2);
    emit2(LOAD, 4); emit2(PUSH, 31); emit(MUL); emit2(LOAD, 1); emit(XOR); emit(DUP); emit(DROP); emit2(STORE, 4);
    emit2(JMP, inner);
    code[to_next] = pc_end;
    emit2(INC, 0); emit2(JMP, outer);
    code[to_end] = pc_end;
    emit(HALT);
}

static uint64_t execute(int64_t *regs) {
    int64_t stack[64];
    int sp = 0, pc = 0;
    uint64_t executed = 0;
    for (;;) {
        executed++;
        switch (code[pc++]) {
        case HALT: return executed;
        case PUSH: stack[sp++] = code[pc++]; break;
        case LOAD: stack[sp++] = regs[code[pc++]]; break;
        case STORE: regs[code[pc++]] = stack[--sp]; break;
        case INC: regs[code[pc++]]++; break;
        case ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case MUL: sp--; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] * (uint64_t)stack[sp]); break;
        case AND: sp--; stack[sp - 1] &= stack[sp]; break;
        case XOR: sp--; stack[sp - 1] ^= stack[sp]; break;
        case SHR: sp--; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] >> (stack[sp] & 63)); break;
        case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
        case EQ: sp--; stack[sp - 1] = stack[sp - 1] == stack[sp]; break;
        case JMP: pc = (int)code[pc]; break;
        case JZ: pc = stack[--sp] == 0 ? (int)code[pc] : pc + 1; break;
        case JNZ: pc = stack[--sp] != 0 ? (int)code[pc] : pc + 1; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case DROP: sp--; break;
        default: return 0;
        }
    }
}

uint64_t run(int32_t n) {
    assemble();
    int64_t regs[8] = {0, 0, 0, n, 7, 0, 0, 0};
    uint64_t executed = execute(regs);
    return bench_mix(bench_mix(bench_mix(0, (uint64_t)regs[2]), (uint64_t)regs[4]), executed);
}
