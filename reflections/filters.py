import django_filters
from crispy_forms.bootstrap import StrictButton
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Layout
from django import forms
from django.utils.translation import gettext_lazy as _

from reflections.forms import DATE_ERRORS, DateInput
from reflections.models import Reflection
from reflections.prompts import MODEL_CHOICES
from reflections.selectors import situations_for_author
from situations.models import Situation


class ReflectionFilterForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_method = "get"
        self.helper.form_class = "mb-3"
        self.helper.layout = Layout(
            Div(
                *[Div(name, css_class="col-sm-6 col-lg") for name in self.fields],
                Div(
                    StrictButton(_("Filter"), type="submit", css_class="btn-outline-primary mb-3"),
                    css_class="col-auto align-self-end",
                ),
                css_class="row g-2",
            )
        )


def _situations(request):
    if request is None:
        return Situation.objects.none()
    return situations_for_author(request.user).order_by("title")


class ReflectionFilter(django_filters.FilterSet):
    """Filters for 'my reflections'. The queryset passed in is already the user's own."""

    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=Reflection.Status.choices,
        empty_label=_("All statuses"),
        error_messages={"invalid_choice": _("Choose one of the statuses in the list.")},
    )
    model = django_filters.ChoiceFilter(
        label=_("Reflection model"),
        choices=MODEL_CHOICES,
        empty_label=_("All models"),
        error_messages={"invalid_choice": _("Choose one of the reflection models in the list.")},
    )
    date_from = django_filters.DateFilter(
        field_name="date",
        lookup_expr="gte",
        label=_("From"),
        widget=DateInput(),
        error_messages=DATE_ERRORS,
    )
    date_to = django_filters.DateFilter(
        field_name="date",
        lookup_expr="lte",
        label=_("To and including"),
        widget=DateInput(),
        error_messages=DATE_ERRORS,
    )
    situation = django_filters.ModelChoiceFilter(
        label=_("Situation"),
        queryset=_situations,
        empty_label=_("All situations"),
        error_messages={"invalid_choice": _("Choose one of your team's situations in the list.")},
    )

    class Meta:
        model = Reflection
        fields = ["status", "model", "date_from", "date_to", "situation"]
        form = ReflectionFilterForm
