# Warnings only: legal, but probably not what the annotator meant.
Impôts:
    impôt
    impôts
    co*
Taxes:
    impôt
    Vide:
TVA:
    TVA
