# mizan_embed_bytes(FILE OUT_VAR): the bytes of FILE as a C array initialiser ('\x3c','\x3f',...),
# for data compiled into the binary (SRX rules, the press-release glossary, word lists) so that
# mizan needs no data files at run time. Bytes, not a string literal, so that no compiler length
# limit applies. Configure re-runs when FILE changes.
function(mizan_embed_bytes file out_var)
  file(READ ${file} hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  set(${out_var} "${bytes}" PARENT_SCOPE)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${file})
endfunction()
