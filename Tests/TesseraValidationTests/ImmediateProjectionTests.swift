import Testing
import TesseraTypes
import TesseraBinary
@testable import TesseraValidation

/// The validator reads memory arguments and lane indices through projections generated from the instruction table from the
/// generated enum; these checks make sure no instruction of the table slips past them.
@Suite struct ImmediateProjectionTests {
    /// Every opcode, each followed by enough zero bytes to satisfy any immediate.
    static var allInstructions: [Instruction] {
        var encodings: [[UInt8]] = (0...0xFF).filter { $0 < 0xFB }.map { [UInt8($0)] }
        for prefix: UInt8 in [0xFB, 0xFC, 0xFD, 0xFE] {
            for sub in 0..<0x180 {
                encodings.append(sub < 0x80 ? [prefix, UInt8(sub)] : [prefix, UInt8(sub & 0x7F) | 0x80, UInt8(sub >> 7)])
            }
        }
        return encodings.compactMap { bytes in
            var reader = BinaryReader(bytes + [UInt8](repeating: 0, count: 20))
            return try? Instruction.decode(from: &reader)
        }
    }

    @Test func memoryAccessesExposeTheirMemoryArgument() {
        let instructions = Self.allInstructions
        #expect(instructions.count > 500)
        for instruction in instructions {
            let hasAlignment = instruction.naturalAlignment != nil
            #expect(hasAlignment == (instruction.memoryArgument != nil), "\(instruction.textName)")
        }
    }

    @Test func laneInstructionsExposeTheirLane() {
        for instruction in Self.allInstructions where instruction.textName.hasSuffix("_lane")
            || instruction.textName.hasSuffix("_lane_s") || instruction.textName.hasSuffix("_lane_u")
        {
            let hasLane = instruction.laneImmediate != nil || instruction.memoryArgument?.lane != nil
            #expect(hasLane, "\(instruction.textName)")
        }
    }
}
