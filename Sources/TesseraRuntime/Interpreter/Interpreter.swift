// The dispatch core. Release builds: every handler ends in `dispatch`, which loads the next handler from
// the code and calls it in tail position, so a whole activation of the interpreter is one native frame
// however many IR instructions and wasm calls it runs. Debug builds do not eliminate tail calls, so
// `dispatch` there saves the registers and returns the next pc to the loop in `Interpreter.run`.

/// Continues with the instruction at `pc`.
@inline(__always)
func dispatch(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? {
    #if DEBUG
    let state = ip.instance.pointee.state
    state.pointee.fp = fp
    state.pointee.mp = mp
    state.pointee.ip = ip
    state.pointee.acc = acc
    state.pointee.facc = facc
    return pc
    #else
    let handler = unsafeBitCast(pc.pointee, to: Handler.self)
    return handler(pc, fp, mp, ip, acc, facc)
    #endif
}

/// Records a trap and stops.
@inline(never)
func trap(_ code: TrapCode, _ pc: PC, _ ip: RawIP) -> PC? {
    ip.instance.pointee.state.pointee.trap = code
    ip.instance.pointee.state.pointee.trapPC = pc
    return nil
}

/// Stops execution (the outermost frame returned, or a trap or host error was recorded).
///
/// Handlers end in `return stop(ip)`, never in `return nil`: a path returning a constant next to a path
/// ending in the tail call makes LLVM merge the returns and turn the tail jump into a real call. The
/// result is loaded (it is always nil) so that the optimiser cannot fold `stop` back into a constant.
@inline(never)
func stop(_ ip: RawIP) -> PC? { ip.instance.pointee.state.pointee.haltPC }

/// Reads operand word `i` of the instruction at `pc` as a slot index.
@inline(__always)
func slot(_ pc: PC, _ i: Int) -> Int { Int(truncatingIfNeeded: pc[i]) }

/// Reads operand word `i` as a signed pc-relative offset (in words).
@inline(__always)
func jump(_ pc: PC, _ i: Int) -> PC { pc + Int(truncatingIfNeeded: pc[i]) }

enum Interpreter {
    /// Runs from `pc` with frame `fp` until the outermost frame returns or a trap is recorded.
    static func run(_ pc: PC, _ fp: FP, _ typedIP: IP) {
        #if DEBUG
        let state = typedIP.pointee.state
        var next: PC? = pc
        var fp = fp, mp = typedIP.pointee.memory0.raw, ip = typedIP.raw, acc: UInt64 = 0, facc = 0.0
        while let p = next {
            let handler = unsafeBitCast(p.pointee, to: Handler.self)
            next = handler(p, fp, mp, ip, acc, facc)
            fp = state.pointee.fp
            mp = state.pointee.mp
            ip = state.pointee.ip ?? ip
            acc = state.pointee.acc
            facc = state.pointee.facc
        }
        #else
        _ = dispatch(pc, fp, typedIP.pointee.memory0.raw, typedIP.raw, 0, 0)
        #endif
    }
}

/// The handler word of an instruction.
@inline(__always)
func handlerWord(_ h: Handler) -> UInt64 { unsafeBitCast(h, to: UInt64.self) }
