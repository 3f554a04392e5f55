import TesseraTypes
import TesseraBinary

extension Translator {
    /// GC instructions (struct.*, array.*, ref.eq, ref.i31, i31.get_*, casts, extern/any conversions):
    /// the interpreter does not implement GC, so each becomes a trap "gc not supported" and the code
    /// after it is dead. Returns false for every other instruction.
    mutating func translateGCInstruction(_ instruction: Instruction) -> Bool {
        guard instruction.feature.contains(.gc) else { return false }
        emit(gcNotSupported)
        reachable = false
        return true
    }
}
