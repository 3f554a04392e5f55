public import TesseraTypes
public import TesseraBinary

/// Receives every function body's instructions right after the validator accepted them, so a
/// translator can run in lockstep with validation in one decoding pass and may assume validity.
///
/// Pass one to `ModuleValidator.validate(_:features:visitor:)`. The validator's state (operand types,
/// control frames) reflects the instruction just visited.
public protocol FunctionBodyVisitor {
    /// Called before the first instruction of defined function `functionIndex`.
    mutating func beginFunction(_ functionIndex: UInt32, validator: borrowing FunctionValidator) throws(WasmError)
    /// Called after `validator` accepted `instruction`, found at byte `offset`.
    mutating func visit(_ instruction: Instruction, offset: Int, validator: borrowing FunctionValidator)
        throws(WasmError)
    /// Called after the body's final `end` was validated.
    mutating func endFunction(_ functionIndex: UInt32, validator: borrowing FunctionValidator) throws(WasmError)
}

/// The visitor of plain validation: does nothing.
struct NoFunctionBodyVisitor: FunctionBodyVisitor {
    func beginFunction(_ functionIndex: UInt32, validator: borrowing FunctionValidator) {}
    func visit(_ instruction: Instruction, offset: Int, validator: borrowing FunctionValidator) {}
    func endFunction(_ functionIndex: UInt32, validator: borrowing FunctionValidator) {}
}
