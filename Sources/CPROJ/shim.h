// PROJ's transformation API and its geodesic (GeographicLib) routines, both in libproj.
#include <proj.h>
#include <geodesic.h>
