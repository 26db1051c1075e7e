Fiscalité:
    @unless-theme: Écologie
    impôt
