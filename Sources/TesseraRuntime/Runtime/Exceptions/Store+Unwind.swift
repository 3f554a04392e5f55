import TesseraTypes

// Throwing and unwinding. Every instruction that can throw (throw, throw_ref, the calls) ends in a "try
// link" word: the pc-relative offset from that word to the `tryTable` instruction of the innermost
// try_table around it (0: none). A `tryTable` instruction links to its enclosing one the same way, and
// lists its catch clauses:
//
//   tryTable [h, body offset, parent link, clause count, clauses: (tag index + 1 or 0 for all,
//             target slot, flags, pad offset)…]
//
// A throw walks that chain in its own frame, then in its caller's (whose call site is the word before
// the return pc), and so on through the frame headers. A matching clause writes the payload (and/or the
// exnref) at its target slot, where a branch to the clause's label puts its values, and continues at its
// pad: a plain branch to the label (or a return, for the function's label). No frame is found past an
// entry from the host: the exception then escapes to the host.

/// Where unwinding continues: a catch clause's pad in some frame.
struct Landing {
    var pc: PC
    var fp: FP
    var ip: IP
}

// The handlers receive a landing as its pc, with its frame and instance in the execution state's
// driver registers (`fp`, `ip`), from functions kept out of line: a struct returned through memory, or
// any stack memory whose address escapes, keeps the handler's final dispatch from being a tail call,
// and every throw would then grow the native stack.

/// Clause flags.
enum CatchFlags {
    /// The clause delivers the exception as an `exnref` too.
    static let reference: UInt64 = 1
}

extension Store {
    /// The store running the code of `ip` (set while wasm runs).
    @inline(__always)
    static func running(_ ip: IP) -> Store {
        Unmanaged<Store>.fromOpaque(ip.pointee.state.pointee.store.unsafelyUnwrapped).takeUnretainedValue()
    }

    /// `throw`: a new exception of the instance's tag `tagIndex` with the payload at `payload`, thrown at
    /// the instruction whose try link is at `site`. Returns the landing pc (its frame and instance are
    /// in the state's registers); nil: execution stops (the exception escaped, or the store is out of
    /// exception memory; the state says which).
    @inline(never)
    func throwNew(tagIndex: Int, payload: UnsafePointer<UInt64>, site: PC, _ fp: FP, _ ip: IP) -> PC? {
        let tag = ip.pointee.tags.unsafelyUnwrapped[tagIndex]
        guard let exception = control.allocateException(tag: tag, payload: payload) else {
            return fail(WasmError(.exhaustion, "out of memory: too many live exceptions"), site: site, fp, ip)
        }
        return landingPC(unwind(exception, site: site, fp, ip))
    }

    /// `throw_ref`: rethrows the exception an `exnref` slot holds.
    @inline(never)
    func throwReference(_ slot: UInt64, site: PC, _ fp: FP, _ ip: IP) -> PC? {
        guard let exception = ExceptionObject(slot: slot) else {
            return fail(WasmError(.trap, "null exception reference"), site: site, fp, ip)
        }
        guard control.isLiveException(slot) else {
            return fail(WasmError(.trap, "invalid exception reference"), site: site, fp, ip)
        }
        return landingPC(unwind(exception, site: site, fp, ip))
    }

    /// After a host function called from wasm failed: if it threw a WebAssembly exception (one that
    /// escaped a nested call, or one made with `Store.error(throwing:)`), rethrows it at the call site.
    /// Nil: execution stops with the recorded error.
    @inline(never)
    func rethrowFromHost(site: PC, _ fp: FP, _ ip: IP) -> PC? {
        guard let error = pendingError as? WasmError, error.kind == .exception, let exception = control.uncaught else {
            return nil
        }
        pendingError = nil
        control.uncaught = nil
        state.pointee.trap = .none
        return landingPC(unwind(exception, site: site, fp, ip))
    }

    /// Hands a landing to a handler: its pc, with the frame and instance in the state's registers.
    func landingPC(_ landing: Landing?) -> PC? {
        guard let landing else { return nil }
        state.pointee.fp = landing.fp
        state.pointee.ip = landing.ip.raw
        return landing.pc
    }

    /// Finds the handler for `exception` thrown at `site` in frame `fp` of instance `ip`, delivers the
    /// exception there and returns where to continue; records the escape to the host when there is none.
    func unwind(_ exception: ExceptionObject, site: PC, _ fp: FP, _ ip: IP) -> Landing? {
        var frame = (site: site, fp: fp, ip: ip)
        while true {
            var linkWord = frame.site
            var link = Int(Int64(bitPattern: linkWord.pointee))
            while link != 0 {
                let tryPC = linkWord + link
                if let landing = match(exception, tryPC, frame.fp, frame.ip) { return landing }
                linkWord = tryPC + 2
                link = Int(Int64(bitPattern: linkWord.pointee))
            }
            guard let caller = callerFrame(of: frame.site, frame.fp, frame.ip) else { break }
            frame = caller
        }
        escape(exception, site: site, fp, ip)
        return nil
    }

    /// The first clause of the `tryTable` at `tryPC` that catches `exception`, with the exception
    /// delivered to its target slots.
    func match(_ exception: ExceptionObject, _ tryPC: PC, _ fp: FP, _ ip: IP) -> Landing? {
        let count = Int(tryPC[3])
        for c in 0..<count {
            let clause = tryPC + 4 + 4 * c
            let tagWord = clause[0]
            if tagWord != 0 && ip.pointee.tags.unsafelyUnwrapped[Int(tagWord &- 1)] != exception.tag { continue }
            let target = fp + Int(clause[1])
            let isReference = clause[2] & CatchFlags.reference != 0
            var next = 0
            if tagWord != 0 {
                next = exception.payloadSlots
                target.update(from: exception.payload, count: next)
            }
            if isReference {
                exception.expose()
                target[next] = exception.slot
            } else {
                control.release(exception)
            }
            return Landing(pc: tryPC + Int(Int64(bitPattern: clause[3])), fp: fp, ip: ip)
        }
        return nil
    }

    /// The caller's call site, frame and instance for the frame running the code at `site`; nil when
    /// the frame was entered from the host.
    func callerFrame(of site: PC, _ fp: FP, _ ip: IP) -> (site: PC, fp: FP, ip: IP)? {
        let compiled = instances[ip.pointee.index].module.compiled
        guard let k = compiled.function(containing: UnsafePointer(compiled.code).distance(to: site)) else {
            return nil
        }
        let header = compiled.functions[k].headerSlot
        guard let returnPC = PC(bitPattern: UInt(fp[header])),
              let callerFP = FP(bitPattern: UInt(fp[header + 1])),
              let callerIP = IP(bitPattern: UInt(fp[header + 2])) else { return nil }
        return (returnPC - 1, callerFP, callerIP)
    }

    /// Records an exception escaping to the host: `Function.call` throws a `.exception` error and the
    /// store keeps the exception for `takeCaughtException()`.
    func escape(_ exception: ExceptionObject, site: PC, _ fp: FP, _ ip: IP) {
        exception.expose()
        control.uncaught = exception
        var error = WasmError(.exception, "uncaught exception: \(control.info(exception.tag).name)")
        error.backtrace = backtrace(from: site, fp, ip)
        pendingError = error
        state.pointee.trap = .hostError
    }

    /// Stops execution with `error` (raised at `site`, which gives its backtrace).
    func fail(_ error: WasmError, site: PC, _ fp: FP, _ ip: IP) -> PC? {
        var error = error
        error.backtrace = backtrace(from: site, fp, ip)
        pendingError = error
        state.pointee.trap = .hostError
        return nil
    }
}
