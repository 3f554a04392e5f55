/// The single source of truth: every WebAssembly 3.0 instruction (plus threads and wide arithmetic),
/// in family order. The generators derive the `Instruction` enum, decoder, encoder, info and text
/// parser from this list.
public let instructionTable: [InstructionDefinition] =
    controlInstructions + parametricInstructions + variableInstructions + referenceInstructions
    + tableInstructions + memoryInstructions + bulkInstructions + numericInstructions
    + conversionInstructions + exceptionInstructions + gcInstructions + simdInstructions
    + simdArithmeticInstructions + relaxedSimdInstructions + atomicInstructions + wideArithmeticInstructions
