import TesseraTypes
import TesseraText
import TesseraRuntime
import TesseraValidation

// Converting between script values and runtime values, and sorting runtime errors into outcomes.

/// Why a value cannot cross between the script and the runtime (the reason of an `.unsupported`).
struct Unsupported: Error {
    var message: String
}

extension RuntimeSpecEngine {
    /// Whether an error message means "the runtime cannot do this" rather than a real failure.
    static func isUnsupported(_ error: WasmError) -> Bool {
        error.message.hasPrefix(gcUnsupportedPrefix) || error.message.hasPrefix(unsupportedPrefix)
    }

    /// The outcome of a failed instantiation.
    static func outcome(of error: WasmError) -> InstantiationOutcome {
        isUnsupported(error) ? .unsupported(error.message) : .failed(error)
    }

    /// The outcome of a failed call: an escaped WebAssembly exception, something unsupported, or a
    /// trap / exhaustion / link error.
    static func actionOutcome(of error: WasmError) -> ActionOutcome {
        if error.kind == .exception { return .uncaughtException }
        return isUnsupported(error) ? .unsupported(error.message) : .failed(error)
    }

    /// The runtime form of a script argument passed where `type` is expected.
    static func runtimeValue(_ value: WastValue, as type: ValueType?) -> Result<Value, Unsupported> {
        switch value {
        case .i32(let v): return .success(.i32(Int32(bitPattern: v)))
        case .i64(let v): return .success(.i64(Int64(bitPattern: v)))
        case .f32(let bits): return .success(.f32(bits))
        case .f64(let bits): return .success(.f64(bits))
        case .v128(let v): return .success(.v128(v))
        case .refExtern(let n): return .success(.externRef(ExternReference(UInt64(n))))
        case .refHost(let n):
            return .failure(Unsupported(message: "\(gcUnsupportedPrefix): host reference argument (ref.host \(n))"))
        case .refNull(let heap):
            // The parameter's hierarchy decides (a `nofunc` null is still a function reference).
            let top: AbstractHeapType
            if case .ref(let reference)? = type {
                top = hierarchy(of: reference.heapType)
            } else {
                top = hierarchy(of: heap)
            }
            switch top {
            case .extern: return .success(.externRef(nil))
            case .any: return .success(.anyRef(nil))
            case .exception: return .success(.exnRef(nil))
            default: return .success(.funcRef(nil))
            }
        }
    }

    /// The top of a heap type's hierarchy (concrete types count as functions here: only function types
    /// can have values without GC).
    static func hierarchy(of heap: HeapType) -> AbstractHeapType {
        if case .abstract(let abstract) = heap { return abstract.top }
        return .function
    }

    /// The script's view of a runtime value of `type`. A non-null reference of a GC type (a struct, an
    /// array, an i31 or any other `any`-hierarchy reference) cannot be described without GC.
    static func specValue(_ value: Value, of type: ValueType, _ context: ModuleContext) -> Result<SpecValue, Unsupported> {
        if case .ref(let reference) = type, case .concrete(let index) = reference.heapType, value != .funcRef(nil),
           Int(index) < context.types.types.count {
            if case .function = context.types.composite(index) {} else {
                return .failure(Unsupported(message: "\(gcUnsupportedPrefix): a GC reference result"))
            }
        }
        switch value {
        case .i32(let v): return .success(.i32(UInt32(bitPattern: v)))
        case .i64(let v): return .success(.i64(UInt64(bitPattern: v)))
        case .f32(let bits): return .success(.f32(bits))
        case .f64(let bits): return .success(.f64(bits))
        case .v128(let v): return .success(.v128(v))
        case .funcRef(let r): return .success(.ref(r == nil ? .null : .function))
        case .externRef(let r): return .success(.ref(r.map { .extern(UInt32(truncatingIfNeeded: $0.id)) } ?? .null))
        case .exnRef(let r): return .success(.ref(r == nil ? .null : .exception))
        case .anyRef(nil): return .success(.ref(.null))
        case .anyRef: return .failure(Unsupported(message: "\(gcUnsupportedPrefix): a GC reference result"))
        }
    }
}
