// The GPU drawing path (web/gl_renderer.h): ImGui's triangles drawn with WebGL 2, else WebGL 1.
// One program whose GLSL ES 1.00 runs on both, one vertex and one index buffer refilled per
// draw list, one texture per ImGui texture (the font atlas). Nothing else draws into this
// context, so the state is set once and never read back (each read is a round trip to the
// GPU process).
mergeInto(LibraryManager.library, {
  $CofxGl: {
    gl: null,
    projection: null,
    textures: {},     // ImGui texture id -> WebGLTexture
    nextTexture: 1,
    vertexOffset: -1,  // the draw list's vertex offset the attributes point at
    bound: 0,          // the texture id bound

    VERTEX: 'attribute vec2 p;attribute vec2 u;attribute vec4 c;uniform mat4 m;varying vec2 vu;varying vec4 vc;' +
      'void main(){vu=u;vc=c;gl_Position=m*vec4(p,0.0,1.0);}',
    FRAGMENT: 'precision mediump float;uniform sampler2D t;varying vec2 vu;varying vec4 vc;' +
      'void main(){gl_FragColor=vc*texture2D(t,vu);}',

    shader: function (gl, kind, source) {
      var shader = gl.createShader(kind);
      gl.shaderSource(shader, source);
      gl.compileShader(shader);
      return shader;
    },

    // The program, buffers and the state every frame shares; false if the program won't link.
    setUp: function (gl) {
      var program = gl.createProgram();
      gl.attachShader(program, CofxGl.shader(gl, gl.VERTEX_SHADER, CofxGl.VERTEX));
      gl.attachShader(program, CofxGl.shader(gl, gl.FRAGMENT_SHADER, CofxGl.FRAGMENT));
      // Fixed attribute slots: the vertex layout (ImDrawVert) is bound by number below.
      gl.bindAttribLocation(program, 0, 'p');
      gl.bindAttribLocation(program, 1, 'u');
      gl.bindAttribLocation(program, 2, 'c');
      gl.linkProgram(program);
      if (!gl.getProgramParameter(program, gl.LINK_STATUS)) return false;
      gl.useProgram(program);
      CofxGl.projection = gl.getUniformLocation(program, 'm');
      gl.uniform1i(gl.getUniformLocation(program, 't'), 0);
      gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
      gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, gl.createBuffer());
      for (var i = 0; i < 3; i++) gl.enableVertexAttribArray(i);
      gl.enable(gl.BLEND);
      gl.blendEquation(gl.FUNC_ADD);
      gl.blendFuncSeparate(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA, gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
      gl.enable(gl.SCISSOR_TEST);
      gl.activeTexture(gl.TEXTURE0);
      return true;
    },

    // ImDrawVert: pos (2 floats), uv (2 floats), col (4 bytes, RGBA): 20 bytes.
    pointAttributes: function (gl, vertexOffset) {
      if (vertexOffset === CofxGl.vertexOffset) return;
      var at = vertexOffset * 20;
      gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 20, at);
      gl.vertexAttribPointer(1, 2, gl.FLOAT, false, 20, at + 8);
      gl.vertexAttribPointer(2, 4, gl.UNSIGNED_BYTE, true, 20, at + 16);
      CofxGl.vertexOffset = vertexOffset;
    },
  },

  // 2 for WebGL 2, 1 for WebGL 1 (blocklisted GPUs, older Safari, hardened settings), 0 if the
  // page may have neither (then the CPU draws). 2D only and drawn opaque: no depth, stencil or
  // alpha buffers (megabytes at high ratios).
  cofx_js_gl_create_context__deps: ['$CofxGl'],
  cofx_js_gl_create_context: function () {
    var attributes = { 'alpha': false, 'depth': false, 'stencil': false, 'antialias': false };
    var kinds = [['webgl2', 2], ['webgl', 1], ['experimental-webgl', 1]];
    for (var i = 0; i < kinds.length; i++) {
      var gl = null;
      try { gl = Module['canvas'].getContext(kinds[i][0], attributes); } catch (e) { gl = null; }
      if (gl && CofxGl.setUp(gl)) {
        CofxGl.gl = gl;
        return kinds[i][1];
      }
    }
    return 0;
  },

  // A new texture of `width`×`height` RGBA pixels; its id for ImGui.
  cofx_js_gl_texture_create__deps: ['$CofxGl'],
  cofx_js_gl_texture_create: function (pixels, width, height) {
    var gl = CofxGl.gl;
    var texture = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, texture);
    CofxGl.bound = -1;
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE,
                  HEAPU8.subarray(pixels, pixels + width * height * 4));
    var id = CofxGl.nextTexture++;
    CofxGl.textures[id] = texture;
    return id;
  },

  // A rectangle of texture `id` from `pixels`, its rows packed (`width`×4 bytes each).
  cofx_js_gl_texture_update__deps: ['$CofxGl'],
  cofx_js_gl_texture_update: function (id, x, y, width, height, pixels) {
    var gl = CofxGl.gl;
    gl.bindTexture(gl.TEXTURE_2D, CofxGl.textures[id]);
    CofxGl.bound = id;
    gl.texSubImage2D(gl.TEXTURE_2D, 0, x, y, width, height, gl.RGBA, gl.UNSIGNED_BYTE,
                     HEAPU8.subarray(pixels, pixels + width * height * 4));
  },

  cofx_js_gl_texture_destroy__deps: ['$CofxGl'],
  cofx_js_gl_texture_destroy: function (id) {
    CofxGl.gl.deleteTexture(CofxGl.textures[id]);
    delete CofxGl.textures[id];
    if (CofxGl.bound === id) CofxGl.bound = -1;
  },

  // A frame begins: the whole drawing buffer cleared to the background, ImGui's display
  // rectangle (x, y, width, height) mapped onto it.
  cofx_js_gl_begin__deps: ['$CofxGl'],
  cofx_js_gl_begin: function (pixelWidth, pixelHeight, red, green, blue, x, y, width, height) {
    var gl = CofxGl.gl;
    gl.viewport(0, 0, pixelWidth, pixelHeight);
    gl.scissor(0, 0, pixelWidth, pixelHeight);
    gl.clearColor(red, green, blue, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    var l = x, r = x + width, t = y, b = y + height;
    gl.uniformMatrix4fv(CofxGl.projection, false, [
      2 / (r - l), 0, 0, 0,
      0, 2 / (t - b), 0, 0,
      0, 0, -1, 0,
      (r + l) / (l - r), (t + b) / (b - t), 0, 1,
    ]);
  },

  // One draw list's vertices and 16-bit indices.
  cofx_js_gl_list__deps: ['$CofxGl'],
  cofx_js_gl_list: function (vertices, vertexBytes, indices, indexBytes) {
    var gl = CofxGl.gl;
    gl.bufferData(gl.ARRAY_BUFFER, HEAPU8.subarray(vertices, vertices + vertexBytes), gl.STREAM_DRAW);
    gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, HEAPU8.subarray(indices, indices + indexBytes), gl.STREAM_DRAW);
  },

  // One command of that list: `count` indices from `indexOffset`, clipped to a rectangle in
  // drawing-buffer pixels (top-left origin), with texture `texture`.
  cofx_js_gl_draw__deps: ['$CofxGl'],
  cofx_js_gl_draw: function (texture, clipX, clipY, clipWidth, clipHeight, count, indexOffset, vertexOffset) {
    var gl = CofxGl.gl;
    gl.scissor(clipX, gl.drawingBufferHeight - clipY - clipHeight, clipWidth, clipHeight);
    if (texture !== CofxGl.bound) {
      gl.bindTexture(gl.TEXTURE_2D, CofxGl.textures[texture] || null);
      CofxGl.bound = texture;
    }
    CofxGl.pointAttributes(gl, vertexOffset);
    gl.drawElements(gl.TRIANGLES, count, gl.UNSIGNED_SHORT, indexOffset * 2);
  },
});
