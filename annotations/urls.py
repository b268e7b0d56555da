from django.urls import path

from . import views

urlpatterns = [
    path("articles/<int:pk>/", views.reader, name="article-detail"),
]
