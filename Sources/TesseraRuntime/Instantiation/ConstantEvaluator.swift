import TesseraTypes
import TesseraBinary

/// Evaluates constant expressions (numeric constants, extended-const arithmetic, globals, references).
struct ConstantEvaluator {
    var globals: [GlobalCell]
    var functions: [FunctionRef]

    /// Evaluates an expression of any type: both halves of a v128, the value and 0 otherwise.
    func evaluateWide(_ expression: ConstExpression) throws(WasmError) -> (UInt64, UInt64) {
        if expression.instructions.count == 1 {
            switch expression.instructions[0] {
            case .v128Const(let v): return (v.low, v.high)
            case .globalGet(let g): return (globals[Int(g)][0], globals[Int(g)][1])
            default: break
            }
        }
        return (try evaluate(expression), 0)
    }

    func evaluate(_ expression: ConstExpression) throws(WasmError) -> UInt64 {
        var stack: [UInt64] = []
        for instruction in expression.instructions {
            switch instruction {
            case .i32Const(let v): stack.append(UInt64(UInt32(bitPattern: v)))
            case .i64Const(let v): stack.append(UInt64(bitPattern: v))
            case .f32Const(let b): stack.append(UInt64(b))
            case .f64Const(let b): stack.append(b)
            case .refNull: stack.append(0)
            case .refFunc(let f): stack.append(UInt64(UInt(bitPattern: functions[Int(f)])))
            case .globalGet(let g): stack.append(globals[Int(g)].pointee)
            case .i32Add, .i32Sub, .i32Mul:
                let b = UInt32(truncatingIfNeeded: stack.removeLast()), a = UInt32(truncatingIfNeeded: stack.removeLast())
                let r = instruction == .i32Add ? a &+ b : instruction == .i32Sub ? a &- b : a &* b
                stack.append(UInt64(r))
            case .i64Add, .i64Sub, .i64Mul:
                let b = stack.removeLast(), a = stack.removeLast()
                stack.append(instruction == .i64Add ? a &+ b : instruction == .i64Sub ? a &- b : a &* b)
            case .structNew, .structNewDefault, .arrayNew, .arrayNewDefault, .arrayNewFixed, .refI31,
                 .anyConvertExtern, .externConvertAny:
                throw WasmError(.trap, "\(TrapCode.gcNotSupported.message): constant instruction \(instruction)")
            default:
                // The validator admits only constant instructions; anything else here is a bug.
                throw WasmError(.trap, "not yet supported: constant instruction \(instruction)")
            }
        }
        return stack.last ?? 0
    }
}
