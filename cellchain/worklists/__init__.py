"""Work queues: what each role has to do, for the dashboard (``view.queues_for``)."""
