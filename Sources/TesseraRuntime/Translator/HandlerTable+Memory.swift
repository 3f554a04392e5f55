import TesseraTypes
import TesseraBinary

extension HandlerTable {
    /// The handler of a scalar load or store, whether it stores, and its memory immediate.
    static func memory(_ instruction: Instruction) -> (handler: UInt64, isStore: Bool, memArg: MemArg)? {
        switch instruction {
        case .i32Load(let m), .f32Load(let m): (w(i32Load), false, m)
        case .i64Load(let m), .f64Load(let m): (w(i64Load), false, m)
        case .i32Load8S(let m): (w(i32Load8S), false, m)
        case .i32Load8U(let m), .i64Load8U(let m): (w(i32Load8U), false, m)
        case .i32Load16S(let m): (w(i32Load16S), false, m)
        case .i32Load16U(let m), .i64Load16U(let m): (w(i32Load16U), false, m)
        case .i64Load8S(let m): (w(i64Load8S), false, m)
        case .i64Load16S(let m): (w(i64Load16S), false, m)
        case .i64Load32S(let m): (w(i64Load32S), false, m)
        case .i64Load32U(let m): (w(i64Load32U), false, m)
        case .i32Store8(let m), .i64Store8(let m): (w(store8), true, m)
        case .i32Store16(let m), .i64Store16(let m): (w(store16), true, m)
        case .i32Store(let m), .f32Store(let m), .i64Store32(let m): (w(store32), true, m)
        case .i64Store(let m), .f64Store(let m): (w(store64), true, m)
        default: nil
        }
    }
}
