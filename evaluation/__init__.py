"""Golden-dataset evaluation (replay, metrics, drift). Built by the evaluation issue; the
service never imports it at request time."""
