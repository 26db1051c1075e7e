name = La Grande Annotation
id = reference
text = text
question = question_id
