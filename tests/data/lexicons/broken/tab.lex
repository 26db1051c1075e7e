Fiscalité:
    impôt
	TVA
