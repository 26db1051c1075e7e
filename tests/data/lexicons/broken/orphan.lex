impôt
Fiscalité:
    TVA
