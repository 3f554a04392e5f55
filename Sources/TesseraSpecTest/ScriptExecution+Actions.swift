import TesseraTypes
import TesseraText

extension ScriptExecution {
    /// The instance an action or registration names (nil: the current one), or the outcome to report
    /// when there is none.
    func resolveInstance(_ name: String?) -> Result<InstanceHandle, ResolutionFailure> {
        let slot: InstanceSlot?
        if let name {
            slot = instances[name]
            if slot == nil { return .failure(ResolutionFailure(.failed(expected: "a module instance", got: "unknown module \(name)"))) }
        } else {
            slot = current
        }
        switch slot {
        case .live(let handle): return .success(handle)
        case .unavailable(let reason): return .failure(ResolutionFailure(skips.status(unsupported: reason)))
        case nil: return .failure(ResolutionFailure(.failed(expected: "a module instance", got: "no module instantiated")))
        }
    }

    /// Resolves the action's instance and asks the engine to perform it.
    mutating func perform(_ action: WastAction) -> Result<ActionOutcome, ResolutionFailure> {
        switch action {
        case .invoke(let module, let name, let arguments):
            resolveInstance(module).map { engine.invoke($0, export: name, arguments: arguments) }
        case .get(let module, let name):
            resolveInstance(module).map { engine.get($0, export: name) }
        }
    }

    /// A bare `invoke` / `get`: must not trap.
    mutating func runAction(_ action: WastAction) -> DirectiveOutcome.Status {
        switch perform(action) {
        case .failure(let failure): return failure.status
        case .success(.returned): return .passed
        case .success(.unsupported(let reason)): return skips.status(unsupported: reason)
        case .success(.failed(let error)): return .failed(expected: "the action to complete", got: error.description)
        case .success(.uncaughtException): return .failed(expected: "the action to complete", got: "uncaught exception")
        }
    }

    mutating func runAssertReturn(_ action: WastAction, _ expected: [WastExpected]) -> DirectiveOutcome.Status {
        let want = "(" + expected.map(describe).joined(separator: " ") + ")"
        switch perform(action) {
        case .failure(let failure): return failure.status
        case .success(.unsupported(let reason)): return skips.status(unsupported: reason)
        case .success(.failed(let error)): return .failed(expected: want, got: error.description)
        case .success(.uncaughtException): return .failed(expected: want, got: "uncaught exception")
        case .success(.returned(let values)):
            let ok = values.count == expected.count && zip(expected, values).allSatisfy { $0.matches($1) }
            if ok { return .passed }
            return .failed(expected: want, got: "(" + values.map(\.description).joined(separator: " ") + ")")
        }
    }

    /// `assert_trap` / `assert_exhaustion` on an action: it must fail with an error of `kind`.
    mutating func runAssertFailure(_ action: WastAction, kind: WasmErrorKind, message: String)
        -> (DirectiveOutcome.Status, String?)
    {
        let want = "\(kind): \(message)"
        switch perform(action) {
        case .failure(let failure): return (failure.status, nil)
        case .success(.unsupported(let reason)): return (skips.status(unsupported: reason), nil)
        case .success(.returned(let values)):
            return (.failed(expected: want, got: "returned (" + values.map(\.description).joined(separator: " ") + ")"), nil)
        case .success(.uncaughtException): return (.failed(expected: want, got: "uncaught exception"), nil)
        case .success(.failed(let error)):
            guard error.kind == kind else { return (.failed(expected: want, got: error.description), nil) }
            return (.passed, mismatchNote(error, expected: message))
        }
    }

    /// `assert_exception`: a WebAssembly exception must escape the call.
    mutating func runAssertException(_ action: WastAction) -> DirectiveOutcome.Status {
        let want = "uncaught exception"
        switch perform(action) {
        case .failure(let failure): return failure.status
        case .success(.unsupported(let reason)): return skips.status(unsupported: reason)
        case .success(.uncaughtException): return .passed
        case .success(.returned(let values)):
            return .failed(expected: want, got: "returned (" + values.map(\.description).joined(separator: " ") + ")")
        case .success(.failed(let error)): return .failed(expected: want, got: error.description)
        }
    }
}

/// Why an action could not be sent to the engine, as the outcome to report.
struct ResolutionFailure: Error {
    var status: DirectiveOutcome.Status

    init(_ status: DirectiveOutcome.Status) {
        self.status = status
    }
}

/// A short text form of an expected result, for failure messages.
func describe(_ expected: WastExpected) -> String {
    switch expected {
    case .value(let v): describe(v)
    case .f32NaN(let p): "(f32.const nan:\(p))"
    case .f64NaN(let p): "(f64.const nan:\(p))"
    case .v128Lanes(let lanes): "(v128.const \(lanes))"
    case .anyNull: "(ref.null)"
    case .refFunc(let name): name.map { "(ref.func \($0))" } ?? "(ref.func)"
    case .anyRefExtern: "(ref.extern)"
    case .refKind(let kind): "(ref.\(kind.textName))"
    case .refI31(let n): "(ref.i31 \(n))"
    case .either(let alternatives): "(either " + alternatives.map(describe).joined(separator: " ") + ")"
    }
}

func describe(_ value: WastValue) -> String {
    switch value {
    case .i32(let v): "(i32.const \(v))"
    case .i64(let v): "(i64.const \(v))"
    case .f32(let v): "(f32.const bits:0x\(String(v, radix: 16)))"
    case .f64(let v): "(f64.const bits:0x\(String(v, radix: 16)))"
    case .v128(let v): SpecValue.v128(v).description
    case .refNull(let t): "(ref.null \(t))"
    case .refExtern(let n): "(ref.extern \(n))"
    case .refHost(let n): "(ref.host \(n))"
    }
}
