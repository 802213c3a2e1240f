# Warnings and sanitizers, one flag away. Flags live here, not in targets.
add_compile_options(-Wall -Wextra -Wno-unused-parameter)
if(NEWSFUSE_WERROR)
  add_compile_options(-Werror)
endif()
if(NEWSFUSE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
if(NEWSFUSE_BUILD_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
