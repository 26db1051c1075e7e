name = Cahiers citoyens (OCR)
separator = FROM FILE
