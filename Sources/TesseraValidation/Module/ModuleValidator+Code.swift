import TesseraTypes
import TesseraBinary

// Constant expressions and function bodies.

extension ModuleValidator {
    /// Validates a constant expression producing `type` that may read the first `visibleGlobals`
    /// globals.
    func validateConstantExpression(_ expression: ConstExpression, type: ValueType,
                                    visibleGlobals: Int) throws(WasmError)
    {
        var validator = FunctionValidator(constantExpressionOf: type, context: context,
                                          visibleGlobals: visibleGlobals)
        for instruction in expression.instructions {
            try validator.validate(instruction, offset: expression.offset)
        }
        try validator.validate(.end, offset: expression.offset)
    }

    /// Decodes every body with `FunctionBodyDecoder` and validates it instruction by instruction. When a
    /// body is invalid, the rest of it and all later bodies are still decoded: a malformed body makes
    /// the whole module malformed, whatever validation found earlier.
    func validateFunctionBodies<Visitor: FunctionBodyVisitor>(visitor: inout Visitor) throws(WasmError) {
        guard module.functions.count == module.codes.count else {
            throw WasmError.malformed("function and code section have inconsistent lengths")
        }
        for codeIndex in module.codes.indices {
            let functionIndex = UInt32(context.importedFunctionCount + codeIndex)
            var decoder = module.bodyDecoder(codeIndex: codeIndex)
            do throws(WasmError) {
                var validator = try FunctionValidator(context: context, functionIndex: functionIndex,
                                                      body: module.codes[codeIndex])
                try visitor.beginFunction(functionIndex, validator: validator)
                while let instruction = try decoder.next() {
                    let offset = decoder.instructionOffset
                    try validator.validate(instruction, offset: offset)
                    try visitor.visit(instruction, offset: offset, validator: validator)
                }
                try validator.finish(offset: decoder.reader.offset)
                try visitor.endFunction(functionIndex, validator: validator)
            } catch {
                if error.kind == .invalid {
                    try decoder.skipRemaining()
                    try module.checkFunctionBodies(from: codeIndex + 1)
                }
                throw error
            }
        }
    }
}
