// TEMPORARY STUB: replaced by tessera-codegen output (the instruction table helper overwrites this file).
public import TesseraTypes

public enum Instruction: Hashable, Sendable {
    case unreachable
    case nop
    case end
    case i32Const(Int32)
    case i64Const(Int64)
    case f32Const(UInt32)
    case f64Const(UInt64)
    case globalGet(UInt32)
    case refNull(HeapType)
    case refFunc(UInt32)
}
