"""Routing domain: resolutions, routes of stages of parallel steps, deadlines, dispatch.

Pure Python (no Qt). ``calendar`` does working-day arithmetic, ``steps`` holds the step
kinds/states/actions and their transitions, ``templates`` the route templates and their
expansion, ``engine`` the in-transaction route mechanics, ``directory`` the offline staff
list and institution directory. ``desktop_app.services.routing.RoutingService`` is the API.
"""
