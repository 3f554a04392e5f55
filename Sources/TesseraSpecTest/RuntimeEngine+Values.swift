import TesseraTypes
import TesseraText
import TesseraRuntime
import TesseraValidation

// Converting between script values and runtime values, and what the runtime cannot represent yet.

extension RuntimeSpecEngine {
    /// The skip reason for an error the runtime raised because it lacks a feature (nil: a real error).
    static func unsupportedReason(_ error: WasmError) -> String? {
        error.message.hasPrefix(unsupportedPrefix) ? error.message : nil
    }

    /// The skip reason for a parameter, result or global type whose values the runtime cannot carry
    /// across the host boundary yet (nil: supported). `context` resolves concrete heap types.
    static func unsupportedReason(_ type: ValueType, _ context: ModuleContext) -> String? {
        switch type {
        case .i32, .i64, .f32, .f64: return nil
        case .v128: return "\(unsupportedPrefix): v128 values at the host boundary"
        case .ref(let reference):
            switch reference.heapType {
            case .abstract(let abstract):
                switch abstract.top {
                case .function, .extern: return nil
                default: return "\(unsupportedPrefix): \(abstract.top.textName) references at the host boundary"
                }
            case .concrete(let index):
                guard Int(index) < context.types.types.count else { return "\(unsupportedPrefix): type \(index)" }
                if case .function = context.types.composite(index) { return nil }
                return "\(unsupportedPrefix): GC references at the host boundary"
            }
        }
    }

    /// The runtime form of a script argument passed where `type` is expected (nil: not representable).
    static func runtimeValue(_ value: WastValue, as type: ValueType?) -> Value? {
        switch value {
        case .i32(let v): return .i32(Int32(bitPattern: v))
        case .i64(let v): return .i64(Int64(bitPattern: v))
        case .f32(let bits): return .f32(bits)
        case .f64(let bits): return .f64(bits)
        case .v128, .refHost: return nil
        case .refExtern(let n): return .externRef(ExternReference(UInt64(n)))
        case .refNull(let heap):
            // The parameter's hierarchy decides (a `nofunc` null is still a function reference).
            let top: AbstractHeapType
            if case .ref(let reference)? = type, case .abstract(let abstract) = reference.heapType {
                top = abstract.top
            } else if case .ref(let reference)? = type, case .concrete = reference.heapType {
                top = .function
            } else if case .abstract(let abstract) = heap {
                top = abstract.top
            } else {
                top = .function
            }
            switch top {
            case .function: return .funcRef(nil)
            case .extern: return .externRef(nil)
            default: return nil
            }
        }
    }

    /// The script's view of a runtime value.
    static func specValue(_ value: Value) -> SpecValue {
        switch value {
        case .i32(let v): .i32(UInt32(bitPattern: v))
        case .i64(let v): .i64(UInt64(bitPattern: v))
        case .f32(let bits): .f32(bits)
        case .f64(let bits): .f64(bits)
        case .v128(let v): .v128(v)
        case .funcRef(let r): .ref(r == nil ? .null : .function)
        case .externRef(let r): .ref(r.map { .extern(UInt32(truncatingIfNeeded: $0.id)) } ?? .null)
        }
    }
}
