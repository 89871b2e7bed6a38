/* SPDX-License-Identifier: GPL-3.0-or-later */
/* StencilApplication: the AdwApplication of the window; it loads the connector catalogue. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STENCIL_TYPE_APPLICATION (stencil_application_get_type ())
G_DECLARE_FINAL_TYPE (StencilApplication, stencil_application, STENCIL, APPLICATION,
                      AdwApplication)

StencilApplication *stencil_application_new (void);

G_END_DECLS
