import TesseraBinary
import TesseraTypes
import Testing

@Suite struct FunctionBodyDecoderTests {
    /// A module with one `(func)` per body, with the given body contents (locals and code).
    private func module(bodies: [[UInt8]], dataCount: Bool = false, trailing: [UInt8] = []) -> [UInt8] {
        var code: [UInt8] = [UInt8(bodies.count)]
        for body in bodies { code += [UInt8(body.count)] + body }
        var sections = emptyFunctionType + section(3, [UInt8(bodies.count)] + Array(repeating: 0, count: bodies.count))
            + section(5, [0x01, 0x00, 0x01])
        if dataCount { sections += section(12, [0x01]) }
        sections += section(10, code)
        if dataCount { sections += section(11, [0x01, 0x01, 0x00]) }
        return header + sections + trailing
    }

    @Test func iteratesInstructions() throws {
        // block (if (i32.const 1) (then nop) (else unreachable)) end
        let m = try WasmModule(decoding: module(bodies: [[0x00, 0x02, 0x40, 0x41, 0x01, 0x04, 0x40, 0x01, 0x05, 0x00,
                                                       0x0B, 0x0B, 0x0B]]))
        var decoder = m.bodyDecoder(codeIndex: 0)
        var instructions: [Instruction] = []
        var offsets: [Int] = []
        while let i = try decoder.next() {
            instructions.append(i)
            offsets.append(decoder.instructionOffset)
        }
        #expect(instructions == [.block(.empty), .i32Const(1), .if(.empty), .nop, .else, .unreachable, .end, .end, .end])
        #expect(decoder.isFinished)
        #expect(offsets.first == m.codes[0].code.startIndex)
        #expect(decoder.functionIndex == 0)
        #expect(try decoder.next() == nil)
    }

    @Test func malformedBodies() {
        // Missing end between two functions: the next body's size byte 0x05 reads as a stray else.
        expectMalformed(module(bodies: [[0x00, 0x41, 0x01, 0x1A], [0x00, 0x41, 0x01, 0x1A, 0x0B]]), "END opcode expected")
        // Missing end at the end of the binary.
        expectMalformed(module(bodies: [[0x00, 0x41, 0x01, 0x1A]]), "unexpected end of section or function")
        // Bytes after the final end.
        expectMalformed(module(bodies: [[0x00, 0x0B, 0x01]]), "section size mismatch")
        // else outside if.
        expectMalformed(module(bodies: [[0x00, 0x02, 0x40, 0x05, 0x0B, 0x0B]]), "END opcode expected")
        expectMalformed(module(bodies: [[0x00, 0x41, 0x00, 0x04, 0x40, 0x05, 0x05, 0x0B, 0x0B]]), "END opcode expected")
        // Illegal opcodes.
        expectMalformed(module(bodies: [[0x00, 0x00, 0xFF, 0x0B]]), "illegal opcode")
        // memory.init and data.drop need a data count section.
        expectMalformed(module(bodies: [[0x00, 0xFC, 0x09, 0x00, 0x0B]]), "data count section required")
        #expect(decodeError(module(bodies: [[0x00, 0xFC, 0x09, 0x00, 0x0B]], dataCount: true)) == nil)
    }

    @Test func standaloneBodyStopsAtItsEnd() throws {
        let bytes: [UInt8] = [0x41, 0x01, 0x1A, 0x0B, 0x99]
        let body = FunctionBody(localRuns: [], code: bytes[0..<3])
        var decoder = FunctionBodyDecoder(body: body, hasDataCount: false, functionIndex: 7)
        #expect(try decoder.next() == .i32Const(1))
        #expect(try decoder.next() == .drop)
        #expect(throws: WasmError(.malformed, "unexpected end of section or function", offset: 3, functionIndex: 7)) {
            try decoder.next()
        }
    }

    @Test func malformedBodyWinsOverLaterSectionErrors() {
        // The body's LEB128 is too long; reading it past the body's declared size is what the spec's
        // decoder does, and that error comes before the garbage the body size leaves behind.
        let body: [UInt8] = [0x00, 0x41, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x1A, 0x0B]
        var bytes = header + emptyFunctionType + section(3, [0x01, 0x00])
        bytes += [0x0A, 0x04, 0x01, 0x02] + body
        expectMalformed(bytes, "integer representation too long")
    }

    @Test func checkFunctionBodiesFindsLaterMalformedBody() throws {
        let m = try WasmModule(decoding: module(bodies: [[0x00, 0x0B], [0x00, 0xFF, 0x0B]]))
        var first = m.bodyDecoder(codeIndex: 0)
        #expect(throws: Never.self) { try first.skipRemaining() }
        #expect(throws: WasmError.self) { try m.checkFunctionBodies(from: 1) }
    }
}
