"""Reading Korean news articles and extracting their people, organizations, topics and meetings."""
