import TesseraTypes
import TesseraBinary

extension HandlerTable {
    /// A scalar load or store: its handler in the fast form (memory 0, 32-bit) and in the form for any
    /// memory (Handlers+Memory.swift), whether it stores, and its memory immediate. Loads of the same
    /// bits share a handler (f32 and i32, i64.load32_u and i32.load, …).
    static func memory(_ instruction: Instruction) -> (fast: UInt64, any: UInt64, isStore: Bool, memArg: MemArg)? {
        switch instruction {
        case .i32Load(let m), .f32Load(let m), .i64Load32U(let m): (w(i32Load), w(i32LoadN), false, m)
        case .i64Load(let m), .f64Load(let m): (w(i64Load), w(i64LoadN), false, m)
        case .i32Load8S(let m): (w(i32Load8S), w(i32Load8SN), false, m)
        case .i32Load8U(let m), .i64Load8U(let m): (w(i32Load8U), w(i32Load8UN), false, m)
        case .i32Load16S(let m): (w(i32Load16S), w(i32Load16SN), false, m)
        case .i32Load16U(let m), .i64Load16U(let m): (w(i32Load16U), w(i32Load16UN), false, m)
        case .i64Load8S(let m): (w(i64Load8S), w(i64Load8SN), false, m)
        case .i64Load16S(let m): (w(i64Load16S), w(i64Load16SN), false, m)
        case .i64Load32S(let m): (w(i64Load32S), w(i64Load32SN), false, m)
        case .i32Store8(let m), .i64Store8(let m): (w(store8), w(store8N), true, m)
        case .i32Store16(let m), .i64Store16(let m): (w(store16), w(store16N), true, m)
        case .i32Store(let m), .f32Store(let m), .i64Store32(let m): (w(store32), w(store32N), true, m)
        case .i64Store(let m), .f64Store(let m): (w(store64), w(store64N), true, m)
        default: nil
        }
    }

    /// The fused forms of a scalar access of memory 0 (Handlers+MemoryFused.swift) whose address is an
    /// `i32.add` of a slot and an immediate, or of two slots.
    static func memoryAddressAdd(_ instruction: Instruction) -> (immediate: UInt64, slot: UInt64)? {
        switch instruction {
        case .i32Load, .f32Load, .i64Load32U: (w(i32LoadAddI), w(i32LoadAddR))
        case .i64Load, .f64Load: (w(i64LoadAddI), w(i64LoadAddR))
        case .i32Load8S: (w(i32Load8SAddI), w(i32Load8SAddR))
        case .i32Load8U, .i64Load8U: (w(i32Load8UAddI), w(i32Load8UAddR))
        case .i32Load16S: (w(i32Load16SAddI), w(i32Load16SAddR))
        case .i32Load16U, .i64Load16U: (w(i32Load16UAddI), w(i32Load16UAddR))
        case .i64Load8S: (w(i64Load8SAddI), w(i64Load8SAddR))
        case .i64Load16S: (w(i64Load16SAddI), w(i64Load16SAddR))
        case .i64Load32S: (w(i64Load32SAddI), w(i64Load32SAddR))
        case .i32Store8, .i64Store8: (w(store8AddI), w(store8AddR))
        case .i32Store16, .i64Store16: (w(store16AddI), w(store16AddR))
        case .i32Store, .f32Store, .i64Store32: (w(store32AddI), w(store32AddR))
        case .i64Store, .f64Store: (w(store64AddI), w(store64AddR))
        default: nil
        }
    }

    /// The forms of a scalar store of memory 0 whose value is a constant held in the instruction (the
    /// plain fast form and the two address-add forms).
    static func memoryStoreImmediate(_ instruction: Instruction) -> (fast: UInt64, addImmediate: UInt64, addSlot: UInt64)? {
        switch instruction {
        case .i32Store8, .i64Store8: (w(store8Imm), w(store8AddIImm), w(store8AddRImm))
        case .i32Store16, .i64Store16: (w(store16Imm), w(store16AddIImm), w(store16AddRImm))
        case .i32Store, .f32Store, .i64Store32: (w(store32Imm), w(store32AddIImm), w(store32AddRImm))
        case .i64Store, .f64Store: (w(store64Imm), w(store64AddIImm), w(store64AddRImm))
        default: nil
        }
    }
}
