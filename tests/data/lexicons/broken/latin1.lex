Fiscalité:
    impôt
