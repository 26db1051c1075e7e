Fiscalité:
    "impôt
