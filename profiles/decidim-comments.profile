name = Decidim (Métropole Européenne de Lille)
id = id
text = body
date = created_at
author = author/id
question = commentable_id
