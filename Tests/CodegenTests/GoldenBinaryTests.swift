import Foundation
import Testing
import TesseraBinary
import TesseraTypes

/// The golden binary was assembled by `wasm-tools parse` from `allInstructionsWat`: each function starts
/// with the instruction it is named for. Decoding must find that instruction, and re-encoding every
/// instruction must reproduce the assembler's bytes exactly.
@Test func decoderAndEncoderAgreeWithTheReferenceAssembler() throws {
    let bytes = [UInt8](try #require(Data(base64Encoded: allInstructionsWasmBase64, options: .ignoreUnknownCharacters)))
    let expectedNames = allInstructionsWat.split(separator: "\n").compactMap { line -> String? in
        guard let range = line.range(of: "(func ") else { return nil }
        return String(line[range.upperBound...].prefix { $0 != " " && $0 != ")" })
    }
    var reader = BinaryReader(bytes, offset: 8)
    var functionCount = 0
    while !reader.isAtEnd {
        let id = try reader.readByte()
        let size = Int(try reader.readU32())
        guard id == 10 else {
            reader.offset += size
            continue
        }
        let count = Int(try reader.readU32())
        #expect(count == expectedNames.count)
        for function in 0..<count {
            let end = Int(try reader.readU32()) + reader.offset
            #expect(try reader.readU32() == 0)  // no locals
            var first = true
            while reader.offset < end {
                let start = reader.offset
                let instruction = try Instruction.decode(from: &reader)
                if first {
                    #expect(instruction.textName == expectedNames[function])
                    first = false
                }
                var encoded: [UInt8] = []
                instruction.encode(into: &encoded)
                #expect(encoded == Array(bytes[start..<reader.offset]), "\(instruction) re-encodes differently")
            }
            functionCount += 1
        }
    }
    #expect(functionCount == expectedNames.count)
}
