// GDAL's C API for vector formats: datasets and drivers (gdal.h), OGR layers, features, fields and
// geometries (ogr_api.h), spatial references (ogr_srs_api.h), errors (cpl_error.h), string lists (cpl_string.h).
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <cpl_error.h>
#include <cpl_conv.h>
#include <cpl_string.h>
