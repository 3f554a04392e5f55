import TesseraTypes

/// The code section: for each function its size, its local declarations and its instruction bytes, which
/// stay a slice of the input for `FunctionBodyDecoder`.
extension ModuleDecoder {
    mutating func decodeCodeSection() throws(WasmError) {
        let count = try reader.readVectorCount(minimumElementSize: 2)
        module.codes.reserveCapacity(count)
        for _ in 0..<count {
            module.codes.append(try readFunctionBody())
        }
    }

    private mutating func readFunctionBody() throws(WasmError) -> FunctionBody {
        let size = try reader.readLength()
        let bodyEnd = reader.offset + size
        // The locals are read within the body.
        let outerEnd = reader.end
        reader.end = bodyEnd
        defer { reader.end = outerEnd }
        let runCount = try reader.readVectorCount(minimumElementSize: 2)
        var runs: [LocalRun] = []
        runs.reserveCapacity(runCount)
        var total: UInt64 = 0
        let localsOffset = reader.offset
        for _ in 0..<runCount {
            let n = try reader.readU32()
            total += UInt64(n)
            guard total <= UInt64(UInt32.max) else {
                throw WasmError.malformed("too many locals", offset: localsOffset)
            }
            runs.append(LocalRun(count: n, type: try reader.readValueType()))
        }
        let code = reader.bytes[reader.offset..<bodyEnd]
        reader.offset = bodyEnd
        return FunctionBody(localRuns: runs, code: code)
    }
}
