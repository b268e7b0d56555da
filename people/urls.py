from django.urls import path

from . import views

app_name = "people"

urlpatterns = [
    path("team/", views.team_page, name="team"),
    path("team/add/", views.person_add, name="add"),
    path("team/<int:pk>/password/", views.password_reset, name="password-reset"),
    path("team/<int:pk>/role/", views.role_change, name="role"),
    path("team/<int:pk>/deactivate/", views.deactivate, name="deactivate"),
    path("team/<int:pk>/reactivate/", views.reactivate, name="reactivate"),
    path("team/<int:pk>/managing/", views.managing, name="managing"),
]
