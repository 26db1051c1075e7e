name = Le Vrai Débat
id = contributions_id
text = contribution_versions_title + contribution_versions_bodyText
question = topic_id
