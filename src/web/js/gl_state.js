// ImGui's OpenGL backend saves the context's state before each frame it draws and puts it back
// after (glGetIntegerv, glIsEnabled): it expects to share the context with other drawing. This
// page has no other drawing, and in a browser each of those reads is a synchronous round trip
// to the GPU process that waits for the previous frame's work (milliseconds a frame in the
// profile). So the reads of that drawing state answer the context's defaults without asking:
// the backend then "restores" the defaults, and sets up all it needs at the next frame anyway.
// Every other read (limits, versions) still goes to the browser.
mergeInto(LibraryManager.library, {
  $CofxGlState: {
    // pname -> the default values, as glGetIntegerv writes them.
    DEFAULTS: {
      0x84E0: [0x84C0],        // GL_ACTIVE_TEXTURE: GL_TEXTURE0
      0x8B8D: [0],             // GL_CURRENT_PROGRAM
      0x8069: [0],             // GL_TEXTURE_BINDING_2D
      0x8919: [0],             // GL_SAMPLER_BINDING
      0x8894: [0],             // GL_ARRAY_BUFFER_BINDING
      0x8895: [0],             // GL_ELEMENT_ARRAY_BUFFER_BINDING
      0x85B5: [0],             // GL_VERTEX_ARRAY_BINDING
      0x0BA2: [0, 0, 0, 0],    // GL_VIEWPORT (web/main.cpp sets it before each frame)
      0x0C10: [0, 0, 0, 0],    // GL_SCISSOR_BOX
      0x80C9: [1],             // GL_BLEND_SRC_RGB: GL_ONE
      0x80C8: [0],             // GL_BLEND_DST_RGB: GL_ZERO
      0x80CB: [1],             // GL_BLEND_SRC_ALPHA: GL_ONE
      0x80CA: [0],             // GL_BLEND_DST_ALPHA: GL_ZERO
      0x8009: [0x8006],        // GL_BLEND_EQUATION_RGB: GL_FUNC_ADD
      0x883D: [0x8006],        // GL_BLEND_EQUATION_ALPHA: GL_FUNC_ADD
    },
    // Blend, cull face, depth, stencil and scissor tests: off by default.
    OFF_BY_DEFAULT: [0x0BE2, 0x0B44, 0x0B71, 0x0B90, 0x0C11],
  },

  glGetIntegerv__sig: 'vii',
  glGetIntegerv__deps: ['$emscriptenWebGLGet', '$CofxGlState'],
  glGetIntegerv: function (name, p) {
    var values = CofxGlState.DEFAULTS[name];
    if (!values) {
      emscriptenWebGLGet(name, p, {{{ cDefine('EM_FUNC_SIG_PARAM_I') }}});
      return;
    }
    for (var i = 0; i < values.length; ++i) HEAP32[(p >> 2) + i] = values[i];
  },

  glIsEnabled__sig: 'ii',
  glIsEnabled__deps: ['$CofxGlState'],
  glIsEnabled: function (cap) {
    return CofxGlState.OFF_BY_DEFAULT.indexOf(cap) >= 0 ? 0 : GLctx.isEnabled(cap);
  },
});
