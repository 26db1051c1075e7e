@include: nowhere.inc
Fiscalité:
    impôt
