#!/usr/bin/env python3
# build-aux/draw-illustrations.py [OUTDIR] — writes the eighteen exercise
# drawings (data/illustrations/<id>.svg) from pose definitions.
#
# A pose gives joint positions and angles; the limbs are solved from them
# with constant lengths (forward and two-bone inverse kinematics), so a knee
# only ever folds backward and a shin keeps its length between the two poses
# of a movement. Shapes carry classes, never colours: the app applies a
# stylesheet per style (see docs/illustrations.md). Run it after changing a
# pose and commit the SVG files it writes.
#
# Copyright 2026 The Footing authors
# SPDX-License-Identifier: GPL-3.0-or-later

import math
import os
import sys

WIDTH, HEIGHT = 400, 300
FLOOR = 272

# Colours for reading a file on its own; the app's stylesheets override them.
DEFAULT_STYLE = (
    '.ground{color:#c0bfbc}'
    '.equipment{color:#deddda}'
    '.equipment-detail{color:#9a9996}'
    '.figure{color:#77767b}'
    '.figure-far{color:#a8a7ab}'
    '.figure-detail{color:#5e5c64}'
    '.ghost{color:#77767b;opacity:.22}'
    '.target{color:#e66100}'
    '.motion{color:#3d3846}'
    '.inset{color:#f6f5f4}'
)

# Vectors: plain (x, y) tuples, screen coordinates (y down), angles in
# degrees measured clockwise on screen from the +x axis.


def add(a, b):
    return (a[0] + b[0], a[1] + b[1])


def sub(a, b):
    return (a[0] - b[0], a[1] - b[1])


def mul(a, k):
    return (a[0] * k, a[1] * k)


def length(a):
    return math.hypot(a[0], a[1])


def direction(angle):
    rad = math.radians(angle)
    return (math.cos(rad), math.sin(rad))


def angle_of(a):
    return math.degrees(math.atan2(a[1], a[0]))


def cross(a, b):
    return a[0] * b[1] - a[1] * b[0]


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def fmt(value):
    text = f'{value:.1f}'
    if text.endswith('.0'):
        text = text[:-2]
    return '0' if text == '-0' else text


def pt(p):
    return f'{fmt(p[0])} {fmt(p[1])}'


class Frame:
    """A local frame: x along @axis from @origin, y toward @side (±90°)."""

    def __init__(self, origin, angle, side=1, scale=1.0):
        self.origin = origin
        self.ux = direction(angle)
        self.uy = direction(angle + 90 * side)
        self.scale = scale

    def __call__(self, p):
        x, y = p[0] * self.scale, p[1] * self.scale
        return (self.origin[0] + self.ux[0] * x + self.uy[0] * y,
                self.origin[1] + self.ux[1] * x + self.uy[1] * y)


# Paths


def smooth_path(points, closed=True):
    """A Catmull-Rom curve through @points as cubic Béziers. A point with a
    third item 'c' is a corner."""
    n = len(points)
    plain = [(p[0], p[1]) for p in points]
    corner = [len(p) > 2 and p[2] == 'c' for p in points]
    out = [f'M{pt(plain[0])}']
    last = n if closed else n - 1
    for i in range(last):
        p0 = plain[(i - 1) % n] if (closed or i > 0) else plain[i]
        p1 = plain[i]
        p2 = plain[(i + 1) % n]
        p3 = plain[(i + 2) % n] if (closed or i + 2 < n) else p2
        t1 = 0 if corner[i] else 1 / 6
        t2 = 0 if corner[(i + 1) % n] else 1 / 6
        c1 = add(p1, mul(sub(p2, p0), t1))
        c2 = sub(p2, mul(sub(p3, p1), t2))
        out.append(f'C{pt(c1)} {pt(c2)} {pt(p2)}')
    if closed:
        out.append('Z')
    return ''.join(out)


def capsule(c1, r1, c2, r2):
    """A tapered capsule: the hull of two circles, as a closed path."""
    d = length(sub(c2, c1))
    a = angle_of(sub(c2, c1))
    alpha = math.degrees(math.asin(max(-1, min(1, (r1 - r2) / d))))
    plus, minus = a + 90 - alpha, a - 90 + alpha
    a1 = add(c1, mul(direction(plus), r1))
    a2 = add(c2, mul(direction(plus), r2))
    b2 = add(c2, mul(direction(minus), r2))
    b1 = add(c1, mul(direction(minus), r1))
    large2 = 1 if 180 - 2 * alpha > 180 else 0
    large1 = 1 if 180 + 2 * alpha > 180 else 0
    return (f'M{pt(a1)}L{pt(a2)}A{fmt(r2)} {fmt(r2)} 0 {large2} 0 {pt(b2)}'
            f'L{pt(b1)}A{fmt(r1)} {fmt(r1)} 0 {large1} 0 {pt(a1)}Z')


def circle(c, r, cls=None):
    attr = f' class="{cls}"' if cls else ''
    return f'<circle{attr} cx="{fmt(c[0])}" cy="{fmt(c[1])}" r="{fmt(r)}" fill="currentColor"/>'


def fill(d, cls=None, extra=''):
    attr = f' class="{cls}"' if cls else ''
    return f'<path{attr} d="{d}" fill="currentColor"{extra}/>'


def stroke(d, width, cls=None, extra=''):
    attr = f' class="{cls}"' if cls else ''
    return (f'<path{attr} d="{d}" fill="none" stroke="currentColor" stroke-width="{fmt(width)}" '
            f'stroke-linecap="round" stroke-linejoin="round"{extra}/>')


def group(cls, items):
    return [f'<g class="{cls}">'] + ['  ' + i for i in items] + ['</g>']


def polyline(points):
    return 'M' + 'L'.join(pt(p) for p in points)


# Arrows: a stroke with a filled head at one or both ends.


def arrow_head(tip, angle, size):
    back = add(tip, mul(direction(angle + 180), size))
    left = add(back, mul(direction(angle + 90), size * 0.62))
    right = add(back, mul(direction(angle - 90), size * 0.62))
    return (f'M{pt(tip)}L{pt(left)}Q{pt(lerp(back, tip, 0.25))} {pt(right)}Z')


def arrow(points, both=False, width=4.5, head=13, curved=True):
    """An arrow along @points (smooth if @curved), head at the last point."""
    pts = list(points)
    end_angle = angle_of(sub(pts[-1], pts[-2]))
    start_angle = angle_of(sub(pts[0], pts[1]))
    # Stop the line short of the tip so the head's point stays sharp.
    line = list(pts)
    line[-1] = add(pts[-1], mul(direction(end_angle + 180), head * 0.6))
    if both:
        line[0] = add(pts[0], mul(direction(start_angle + 180), head * 0.6))
    d = smooth_path(line, closed=False) if curved and len(line) > 2 else polyline(line)
    items = [stroke(d, width), fill(arrow_head(pts[-1], end_angle, head))]
    if both:
        items.append(fill(arrow_head(pts[0], start_angle, head)))
    return group('motion', items)


def toe_arrow(leg, size=1.0):
    """An arrow from beyond the toes over their top toward the shin: toes
    pulled back."""
    pts = [leg.toes((16, 4)), leg.toes((15, -9)), leg.foot((16, -17))]
    return arrow(pts, head=11 * size, width=4 * size)


def arc_points(centre, radius, start, end, steps=8):
    return [add(centre, mul(direction(start + (end - start) * i / steps), radius))
            for i in range(steps + 1)]


# The body. Sizes are for a standing figure about 240 units tall; close-ups
# scale them up.

HEAD_R = 16
NECK = 9
TORSO = 70
HIP_R = 14.5
CHEST_R = 16
THIGH = 60
THIGH_R1, THIGH_R2 = 13, 9.5
SHIN = 58
ANKLE_H = 10
UPPER_ARM = 44
FOREARM = 38
ARM_R1, ARM_R2, ARM_R3 = 6.5, 5.5, 4.6
FOOT_S = 1.15          # feet are drawn a little large: they are the subject


def solve_two_bone(a, c, l1, l2, bend):
    """The middle joint of a limb from @a to @c; @bend (+1 or -1) is the sign
    of cross(upper, lower), which picks the side the joint folds to."""
    d_vec = sub(c, a)
    d = length(d_vec)
    if d > l1 + l2 + 0.5:
        raise ValueError(f'limb cannot reach: {d:.1f} > {l1 + l2:.1f}')
    d = min(d, l1 + l2 - 1e-6)
    cos_a = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)
    a_angle = math.degrees(math.acos(max(-1, min(1, cos_a))))
    base = angle_of(d_vec)
    for candidate in (base + a_angle, base - a_angle):
        b = add(a, mul(direction(candidate), l1))
        if cross(sub(b, a), sub(c, b)) * bend >= 0:
            return b
    return add(a, mul(direction(base), l1))


def shin_outline(L):
    """The lower leg, knee at x = 0, ankle at x = L; y toward the front."""
    return [(-4, 8), (3, 9.6), (L * 0.3, 8.2), (L * 0.62, 6.6), (L * 0.9, 5.4), (L + 3, 5.2),
            (L + 6, 0), (L + 3, -5.2), (L * 0.86, -5.2), (L * 0.68, -8.4),
            (L * 0.4, -12.6), (L * 0.16, -12), (0, -9.5), (-6, -3)]


# Regions of the lower leg, same frame as shin_outline.
def gastrocnemius(L):
    return [(L * 0.08, -9.8), (L * 0.2, -12.2), (L * 0.4, -12.2), (L * 0.58, -9.4),
            (L * 0.64, -7.2), (L * 0.5, -5.6), (L * 0.3, -5.4), (L * 0.14, -6.4)]


def soleus(L):
    return [(L * 0.46, -10.8), (L * 0.64, -8.8), (L * 0.78, -6.4), (L * 0.88, -4.8),
            (L * 0.86, -2.2), (L * 0.7, -2.2), (L * 0.52, -4.2)]


def tibialis_anterior(L):
    return [(L * 0.1, 9), (L * 0.35, 8), (L * 0.62, 6.5), (L * 0.82, 5.5), (L * 0.8, 3),
            (L * 0.55, 3), (L * 0.3, 3.6), (L * 0.12, 5)]


def peroneals(L):
    """Seen from the outer side: along the fibula, then behind the outer ankle."""
    return [(L * 0.12, -3), (L * 0.4, -5.6), (L * 0.7, -5), (L * 0.92, -4.4), (L * 0.96, -1.8),
            (L * 0.74, -2.2), (L * 0.45, -1.2), (L * 0.16, 1.6)]


def posterior_tibialis(L):
    """Seen from the inner side: along the back edge of the shin bone."""
    return [(L * 0.22, 1.2), (L * 0.5, 0), (L * 0.78, -1.4), (L * 0.96, -3.4), (L * 0.96, -0.4),
            (L * 0.78, 2.4), (L * 0.5, 3.6), (L * 0.24, 4.6)]


# The foot, ankle at the origin, x toward the toes, y toward the sole.
FOOT_REAR = [(-4.8, -8), (-5.4, -3), (-7.9, 1.8), (-7.6, 7.6), (-4.4, 10.3), (1, 10.4), (6, 10),
             (12, 8.3), (18.5, 9.8), (24, 10.4), (27, 9.4), (27.4, 6), (24.6, 3.2), (17, 1),
             (9, -2.4), (4.6, -7)]
MTP = (24.5, 6.2)          # where the toes bend
TOES = [(-2.5, -3.2), (5, -2.6), (9.4, -1.2), (11, 1.2), (9.6, 3.6), (4, 4.2), (-2.5, 4.2)]
SOLE = [(-6.5, 7.2), (-3, 9.6), (4, 9.8), (12, 7.6), (19, 9.4), (25, 9.6), (26.8, 7.4),
        (20, 6.2), (12, 5), (4, 6.4), (-3, 5.8)]
BALL = (23, 10.2)
HEEL = (-1, 10.2)


class Leg:
    def __init__(self, figure, hip, ankle, foot_angle, toe_bend=0, knee=None):
        f = figure
        self.figure = f
        self.hip = hip
        self.ankle = ankle
        self.knee = knee or solve_two_bone(hip, ankle, THIGH * f.s, SHIN * f.s, f.sign)
        if abs(length(sub(self.knee, hip)) - THIGH * f.s) > 1:
            raise ValueError('thigh length changed')
        if abs(length(sub(ankle, self.knee)) - SHIN * f.s) > 1:
            raise ValueError('shin length changed')
        # The knee folds backward only.
        if cross(sub(self.knee, hip), sub(ankle, self.knee)) * f.sign < -0.01:
            raise ValueError('knee bent the wrong way')
        self.foot = Frame(ankle, foot_angle, f.sign, f.s * FOOT_S)
        mtp = self.foot(MTP)
        self.toes = Frame(mtp, foot_angle - toe_bend * f.sign, f.sign, f.s * FOOT_S)
        self.shin = Frame(self.knee, angle_of(sub(ankle, self.knee)), -f.sign, f.s)
        self.thigh = Frame(hip, angle_of(sub(self.knee, hip)), -f.sign, f.s)
        self.shin_len = SHIN
        self.thigh_len = THIGH

    def shapes(self):
        f = self.figure
        s = f.s
        return [
            fill(capsule(self.hip, THIGH_R1 * s, self.knee, THIGH_R2 * s)),
            fill(smooth_path([self.shin(p) for p in shin_outline(SHIN)])),
            fill(smooth_path([self.foot(p) for p in FOOT_REAR])),
            fill(smooth_path([self.toes(p) for p in TOES])),
        ]

    def point(self, name):
        return {'ball': self.foot(BALL), 'heel': self.foot(HEEL), 'toe': self.toes((10.8, 0))}[name]

    def region(self, name):
        L = SHIN
        shin = {'gastrocnemius': gastrocnemius, 'soleus': soleus,
                'tibialis-anterior': tibialis_anterior, 'peroneals': peroneals,
                'posterior-tibialis': posterior_tibialis}
        if name in shin:
            return fill(smooth_path([self.shin(p) for p in shin[name](L)]), 'target')
        if name == 'calf':
            pts = gastrocnemius(L)[:4] + [(L * 0.7, -8), (L * 0.84, -5), (L * 0.84, -2.5),
                                          (L * 0.55, -3.5), (L * 0.3, -4.5), (L * 0.12, -6.4)]
            return fill(smooth_path([self.shin(p) for p in pts]), 'target')
        if name == 'hamstring':
            T = THIGH
            pts = [(T * 0.12, -13), (T * 0.5, -12), (T * 0.85, -10), (T * 1.02, -8),
                   (T * 0.9, -4), (T * 0.5, -5), (T * 0.15, -6.5)]
            return fill(smooth_path([self.thigh(p) for p in pts]), 'target')
        if name == 'sole':
            return fill(smooth_path([self.foot(p) for p in SOLE]), 'target')
        if name == 'big-toe':
            pts = [(0, 0.8), (5, 0.6), (9.5, -0.6), (10.6, 1.2), (9, 3.3), (4, 3.9), (0, 3.9)]
            return fill(smooth_path([self.toes(p) for p in pts]), 'target')
        raise KeyError(name)


class Arm:
    def __init__(self, figure, shoulder, hand, hand_angle=None, elbow=None, fist=False):
        f = figure
        self.figure = f
        self.shoulder = shoulder
        self.wrist = hand
        self.elbow = elbow or solve_two_bone(shoulder, hand, UPPER_ARM * f.s, FOREARM * f.s,
                                             -f.sign)
        if abs(length(sub(self.elbow, shoulder)) - UPPER_ARM * f.s) > 1:
            raise ValueError('upper arm length changed')
        if abs(length(sub(hand, self.elbow)) - FOREARM * f.s) > 1:
            raise ValueError('forearm length changed')
        if cross(sub(self.elbow, shoulder), sub(hand, self.elbow)) * f.sign > 0.01:
            raise ValueError('elbow bent the wrong way')
        self.hand_angle = angle_of(sub(hand, self.elbow)) if hand_angle is None else hand_angle
        self.fist = fist

    def shapes(self):
        s = self.figure.s
        tip = add(self.wrist, mul(direction(self.hand_angle), (5 if self.fist else 11) * s))
        return [
            fill(capsule(self.shoulder, ARM_R1 * s, self.elbow, ARM_R2 * s)),
            fill(capsule(self.elbow, ARM_R2 * s, self.wrist, ARM_R3 * s)),
            fill(capsule(self.wrist, (5.4 if self.fist else 4.8) * s, tip,
                         (5.4 if self.fist else 4.2) * s)),
        ]


class Figure:
    """A whole person in side view. @sign is +1 when the body's front faces
    the +x direction once the torso is turned upright (the knees then fold
    clockwise on screen)."""

    def __init__(self, sign=1, s=1.0):
        self.sign = sign
        self.s = s

    def body(self, hip, torso_angle, head_tilt=0):
        """Torso from @hip along @torso_angle; returns the shoulder."""
        s = self.s
        self.hip = hip
        self.shoulder = add(hip, mul(direction(torso_angle), TORSO * s))
        neck_top = add(self.shoulder, mul(direction(torso_angle + head_tilt), (CHEST_R + NECK) * s))
        self.head = add(neck_top, mul(direction(torso_angle + head_tilt), (HEAD_R - 3) * s))
        self.torso_angle = torso_angle
        return self.shoulder

    def torso_shapes(self):
        s = self.s
        neck_base = add(self.shoulder, mul(direction(self.torso_angle), CHEST_R * 0.6 * s))
        # The chest is a little deeper than the hips, and the shoulder joint
        # sits toward the back of it.
        chest = add(self.shoulder, mul(direction(self.torso_angle + 90 * self.sign), 2 * s))
        return [
            fill(capsule(self.hip, HIP_R * s, chest, CHEST_R * s)),
            fill(capsule(neck_base, 7 * s, self.head, 6.5 * s)),
            circle(self.head, HEAD_R * s),
        ]

    def shoulder_joint(self):
        return add(self.shoulder, mul(direction(self.torso_angle + 180), 3 * self.s))

    def leg(self, ankle, foot_angle, toe_bend=0, hip=None):
        return Leg(self, hip or self.hip, ankle, foot_angle, toe_bend)

    def arm(self, hand, hand_angle=None, fist=False):
        return Arm(self, self.shoulder_joint(), hand, hand_angle, fist=fist)


def flat_ankle(x, floor=FLOOR, s=1.0):
    """The ankle of a foot standing flat on the floor."""
    return (x, floor - 10.3 * FOOT_S * s)


def place_foot(angle, local, target, sign=1, s=1.0):
    """The ankle that puts the foot's @local point (at @angle) on @target."""
    offset = sub(Frame((0, 0), angle, sign, s * FOOT_S)(local), (0, 0))
    return sub(target, offset)


def lowest_foot_point(angle, toe_bend, sign=1, s=1.0):
    """The foot's lowest point with the ankle at the origin, for standing on it."""
    foot = Frame((0, 0), angle, sign, s * FOOT_S)
    toes = Frame(foot(MTP), angle - toe_bend * sign, sign, s * FOOT_S)
    points = [foot(p) for p in FOOT_REAR] + [toes(p) for p in TOES]
    return max(points, key=lambda p: p[1])


def ghost(items):
    return group('ghost', items)


def draw(order):
    """@order: (class, [parts]) pairs, back to front. A part is a Leg, an
    Arm, 'torso' for the figure's trunk and head, a region name to highlight
    on the last leg drawn, or a ready SVG string."""
    out = []
    for cls, parts in order:
        items = []
        for part in parts:
            if isinstance(part, (Leg, Arm)):
                items += part.shapes()
                last = part
            elif isinstance(part, tuple) and part[0] == 'torso':
                items += part[1].torso_shapes()
            elif isinstance(part, tuple) and part[0] == 'region':
                items.append(part[1].region(part[2]))
            elif isinstance(part, list):
                items += part
            else:
                items.append(part)
        out += group(cls, items)
    return out


def region(leg, name):
    return ('region', leg, name)


def torso(fig):
    return ('torso', fig)


# Scenery.


def floor_line(x0=14, x1=386, y=FLOOR):
    return group('ground', [stroke(f'M{x0} {y + 2}H{x1}', 4)])


def wall(x=352):
    return group('equipment', [fill(f'M{x} 24H{x + 34}V{FLOOR}H{x}Z', extra=' rx="4"')])


def rounded_rect(x, y, w, h, r):
    return (f'M{fmt(x + r)} {fmt(y)}H{fmt(x + w - r)}A{fmt(r)} {fmt(r)} 0 0 1 {fmt(x + w)} {fmt(y + r)}'
            f'V{fmt(y + h - r)}A{fmt(r)} {fmt(r)} 0 0 1 {fmt(x + w - r)} {fmt(y + h)}'
            f'H{fmt(x + r)}A{fmt(r)} {fmt(r)} 0 0 1 {fmt(x)} {fmt(y + h - r)}'
            f'V{fmt(y + r)}A{fmt(r)} {fmt(r)} 0 0 1 {fmt(x + r)} {fmt(y)}Z')


def chair(x, seat_y, facing=1, depth=70, back=True):
    """A side view of a chair whose seat front is at @x, facing @facing."""
    x0 = x - depth * facing
    xs = sorted([x0, x])
    items = [fill(rounded_rect(xs[0] - 4, seat_y, depth + 8, 9, 4.5))]
    leg = 5
    for lx in (x - 6 * facing, x0 + 6 * facing):
        items.append(stroke(f'M{fmt(lx)} {fmt(seat_y + 6)}V{FLOOR}', leg))
    if back:
        bx = x0 + 1 * facing
        items.append(stroke(f'M{fmt(bx)} {fmt(seat_y + 4)}L{fmt(bx - 7 * facing)} {fmt(seat_y - 92)}', 7))
    return group('equipment', items)


# The scenes. Each returns a list of SVG lines (nested lists are flattened).


def wall_stretch(back_x, hip_y, stride=88, hip_dx=66, lean=-62, wall_x=352):
    """Scenes 1 and 2: facing a wall at the right. @hip_y None: the back
    leg is straight and sets the hip's height."""
    f = Figure()
    back_ankle = flat_ankle(back_x)
    front_ankle = flat_ankle(back_x + stride)
    hip_x = back_x + hip_dx
    if hip_y is None:
        dx = hip_x - back_ankle[0]
        hip_y = back_ankle[1] - math.sqrt((THIGH + SHIN - 0.01) ** 2 - dx * dx)
    hip = (hip_x, hip_y)
    shoulder = f.body(hip, lean)
    right = f.leg(back_ankle, 0)
    left = f.leg(front_ankle, 0)
    hand_y = shoulder[1] - 2
    arm_r = f.arm((wall_x - 6, hand_y), -90)
    arm_l = f.arm((wall_x - 6, hand_y + 5), -90)
    return f, right, left, arm_r, arm_l


def upper_calf_stretch():
    f, right, left, arm_r, arm_l = wall_stretch(168, None)
    hip = f.hip
    out = [floor_line(), wall()]
    out += draw([
        ('figure-far', [arm_l, left]),
        ('figure', [torso(f), right, region(right, 'gastrocnemius'), arm_r]),
    ])
    out += arrow([add(hip, (-62, -6)), add(hip, (-40, -14)), add(hip, (-20, -16))])
    return out


def lower_calf_stretch():
    f, right, left, arm_r, arm_l = wall_stretch(214, 160, stride=70, hip_dx=40, lean=-70)
    out = [floor_line(), wall()]
    out += draw([
        ('figure-far', [arm_l, left]),
        ('figure', [torso(f), right, region(right, 'soleus'), arm_r]),
    ])
    a = angle_of(sub(right.knee, right.ankle))
    out += arrow(arc_points(right.ankle, SHIN + 22, a - 4, a + 26, 6))
    return out


def mat():
    return group('equipment', [fill(rounded_rect(20, FLOOR - 8, 330, 10, 5))])


def lying_band(toe_band):
    """Scenes 3 and 4: lying on the back, head to the left."""
    f = Figure()
    mat_top = FLOOR - 8
    hip = (196, mat_top - HIP_R)
    f.body(hip, 180)
    leg_angle = -70
    ankle = add(hip, mul(direction(leg_angle), THIGH + SHIN - 0.01))
    foot_angle = leg_angle - 90
    right = f.leg(ankle, foot_angle, toe_bend=28 if toe_band else 0)
    left_ankle = (hip[0] + 116, mat_top - 8.6 * FOOT_S)
    left = f.leg(left_ankle, -96)
    hand = add(f.shoulder, (34, -30))
    arm_r = f.arm(hand, fist=True)
    arm_l = f.arm(add(hand, (-5, 4)), fist=True)
    return f, right, left, arm_r, arm_l


def band(hand, points, width=3.4):
    d = polyline([hand] + points + [hand])
    return group('equipment-detail', [stroke(d, width)])


def calf_hamstring_band_stretch():
    f, right, left, arm_r, arm_l = lying_band(False)
    sole_a = right.foot((4, 12.5))
    sole_b = right.foot((16, 12.5))
    out = [floor_line(), mat()]
    out += draw([
        ('figure-far', [left, arm_l]),
        ('figure', [torso(f), right, region(right, 'calf'), region(right, 'hamstring')]),
    ])
    out += band(arm_r.wrist, [sole_a, sole_b])
    out += draw([('figure', [arm_r])])
    out += toe_arrow(right)
    return out


def big_toe_band_stretch():
    """A close-up of the raised leg: the big toe would be a dot otherwise."""
    s = 2.3
    f = Figure(1, s)
    leg_angle = -70
    ankle = (262, 92)
    knee = add(ankle, mul(direction(leg_angle + 180), SHIN * s))
    hip = add(knee, mul(direction(leg_angle + 180), THIGH * s))
    f.hip = hip
    # The lesser toes bend back a little; the big toe, drawn over them so it
    # reads, is drawn back further by the band and stands out past them.
    right = Leg(f, hip, ankle, leg_angle - 90, toe_bend=6)
    big = Leg(f, hip, ankle, leg_angle - 90, toe_bend=50)
    big_toe = [big.toes((x * 1.12, y * 1.1)) for x, y in TOES]
    toe_tip = big.toes((11.4, -2.6))
    toe_under = big.toes((10.6, 5.4))
    hand = (60, 300)
    out = [group('equipment', [fill(rounded_rect(-20, FLOOR + 14, 440, 30, 6))])]
    big_mark = [big.toes((x * 1.0 + 0.4, y * 0.8 + 0.3)) for x, y in TOES]
    out += draw([('figure', [right, region(right, 'sole'), fill(smooth_path(big_toe)),
                             fill(smooth_path(big_mark), 'target')])])
    out += group('equipment-detail', [stroke(polyline([hand, toe_tip, toe_under, hand]), 6)])
    # The toe is drawn back toward the shin: an arc round the ball, on the
    # sole's side, clear of the band.
    ball = big.foot(MTP)
    start = angle_of(sub(right.toes((11, 0)), ball)) + 36
    end = angle_of(sub(big.toes((11, 0)), ball)) + 14
    while end > start:
        end -= 360
    while end < start - 360:
        end += 360
    out += arrow(arc_points(ball, 15 * 2.3 * FOOT_S * 1.6, start, end, 6), head=18, width=6.5)
    return out


def towel_loop(leg, hand, ends):
    """A towel looped round the ball of @leg's foot, both ends gathered in
    @hand and hanging out of it toward @ends. Its two strands lie one
    behind the other in a side view: one band from the hand that wraps
    round the forefoot."""
    wrap = [leg.foot(p) for p in ((14.5, -6), (29, -6), (29.5, 13.6), (15, 13.6))]
    axis = angle_of(sub(lerp(wrap[0], wrap[1], 0.5), hand))
    side = mul(direction(axis + 90), 4.5)
    a, b = add(hand, side), sub(hand, side)
    if length(sub(a, wrap[1])) > length(sub(b, wrap[1])):
        a, b = b, a
    # Round where the towel bends over the ball; square at its edges.
    bend = add(lerp(wrap[1], wrap[2], 0.5), mul(leg.foot.ux, 3))
    band = smooth_path([(*a, 'c'), (*wrap[1], 'c'), bend, (*wrap[2], 'c'), (*wrap[3], 'c'),
                        (*wrap[0], 'c'), (*b, 'c')])
    down = angle_of(sub(ends, hand))
    across = direction(down + 90)
    tails = []
    for k, lean in ((-1, 0), (1, 4)):
        end = add(ends, mul(across, 5 * k + lean))
        tails.append(polyline([add(hand, mul(across, -3.5)), add(end, mul(across, -3.5)),
                               add(end, mul(across, 3.5)), add(hand, mul(across, 3.5))]) + 'Z')
    crease = polyline([lerp(a, b, 0.5), lerp(wrap[0], wrap[1], 0.5)])
    items = []
    for d in tails + [band]:
        items += group('equipment', [fill(d)]) + group('equipment-detail', [stroke(d, 2.2)])
    return items + group('equipment-detail', [stroke(crease, 2)])


def seated_towel_calf_stretch():
    f = Figure()
    hip = (112, FLOOR - HIP_R)
    f.body(hip, -82)
    foot_angle = -100
    # The heel rests on the floor and the knee is all but straight, so the
    # back of the calf clears the floor and its highlight shows.
    low = lowest_foot_point(foot_angle, 0)
    ankle_y = FLOOR - low[1]
    reach = THIGH + SHIN - 1.6
    ankle = (hip[0] + math.sqrt(reach ** 2 - (ankle_y - hip[1]) ** 2), ankle_y)
    right = f.leg(ankle, foot_angle)
    # The left leg lies straight behind the right one, on the floor.
    left_low = lowest_foot_point(foot_angle + 8, 0)
    left_ankle_y = FLOOR - left_low[1]
    left_reach = THIGH + SHIN - 0.01
    left = f.leg((hip[0] + math.sqrt(left_reach ** 2 - (left_ankle_y - hip[1]) ** 2),
                  left_ankle_y), foot_angle + 8)
    hand = (190, 206)
    arm_r = f.arm(hand, fist=True)
    out = [floor_line()]
    out += draw([
        ('figure-far', [left]),
        ('figure', [torso(f), right, region(right, 'calf')]),
    ])
    out += towel_loop(right, arm_r.wrist, add(arm_r.wrist, (-8, 22)))
    out += draw([('figure', [arm_r])])
    # The toes are drawn back toward the person.
    out += arrow(arc_points(right.ankle, 50, foot_angle + 42, foot_angle - 4, 6), head=11, width=4)
    return out


def slant_board_calf_stretch():
    f = Figure()
    board_angle = -24
    x0, x1 = 150, 262
    t = math.tan(math.radians(-board_angle))
    top = FLOOR - (x1 - x0) * t

    def on_board(x):
        y = FLOOR - (x - x0) * t
        return place_foot(board_angle, (-1, 10.3), (x, y - 0.3))

    right_ankle = on_board(176)
    left_ankle = on_board(182)
    hip = add(right_ankle, mul(direction(-84), THIGH + SHIN - 0.01))
    f.body(add(hip, (2, 0)), -88)
    f.hip = hip
    right = f.leg(right_ankle, board_angle)
    left = f.leg(left_ankle, board_angle, hip=add(hip, (2, 0)))
    wall_x = round(f.shoulder[0] + 80)
    arm_r = f.arm((wall_x - 6, f.shoulder[1] - 6), -90)
    arm_l = f.arm(add(f.shoulder, (14, 76)), 70)
    out = [floor_line(), wall(wall_x)]
    out += group('equipment', [fill(f'M{x0 - 4} {FLOOR}L{x1} {fmt(top)}V{FLOOR}Z')])
    out += draw([
        ('figure-far', [arm_l, left]),
        ('target', [left.region('calf')]),
        ('figure', [torso(f), right, region(right, 'calf'), arm_r]),
    ])
    return out


def shin_peroneal_stretch():
    f = Figure()
    stand = flat_ankle(196)
    hip = add(stand, mul(direction(-92), THIGH + SHIN - 0.01))
    f.body(hip, -86)
    # The foot points down and back from a high heel, the sole facing
    # back; the toes are curled under and lie on their tops on the floor.
    foot_angle, toe_bend = 104, -76
    low = lowest_foot_point(foot_angle, toe_bend)
    right_ankle = (112 - low[0] + 20, FLOOR - low[1])
    right = f.leg(right_ankle, foot_angle, toe_bend)
    left = f.leg(stand, 0)
    chair_front = 330
    back_x = chair_front - 70 + 1
    arm_r = f.arm((back_x - 2, FLOOR - 60 - 92 + 2), -60, fist=True)
    arm_l = f.arm(add(f.shoulder, (10, 78)), 80)
    out = [floor_line(), chair(chair_front, FLOOR - 60)]
    out += draw([
        ('figure-far', [arm_l, left]),
        ('figure', [torso(f), right, region(right, 'tibialis-anterior'),
                    fill(smooth_path([right.shin(p) for p in peroneals(SHIN)]), 'target',
                         ' opacity=".5"'), arm_r]),
    ])
    # The ankle is pressed forward over the toes on the floor.
    pivot = right.toes((4, -3.2))
    a = angle_of(sub(right.ankle, pivot))
    out += arrow(arc_points(pivot, length(sub(right.ankle, pivot)) + 4, a + 20, a + 52, 6),
                 head=11, width=4)
    return out


def nerve_path(leg):
    shin = [(SHIN * 0.04, -7), (SHIN * 0.45, -5.5), (SHIN * 0.86, -3.4)]
    foot = [(-3.5, 1), (0, 6.5), (8, 8), (18, 8.2)]
    return stroke(smooth_path([leg.shin(p) for p in shin] + [leg.foot(p) for p in foot],
                              closed=False), 2.6, 'target')


def seated_figure(seat_y, hip_x):
    f = Figure()
    hip = (hip_x, seat_y - HIP_R + 1)
    f.body(hip, -88)
    return f


def tibial_nerve_glide():
    seat_y = FLOOR - 62
    f = seated_figure(seat_y, 150)
    start_ankle = flat_ankle(f.hip[0] + 58)
    start = f.leg(start_ankle, 0)
    end_ankle = add(f.hip, mul(direction(12), THIGH + SHIN - 3))
    end = f.leg(end_ankle, 12 - 90 - 22)
    left = f.leg(flat_ankle(f.hip[0] + 64), 0)
    arm_r = f.arm(add(f.hip, (44, -16)), 10, fist=True)
    arm_l = f.arm(add(f.hip, (48, -14)), 10, fist=True)
    out = [floor_line(), chair(f.hip[0] + 28, seat_y, 1, 74)]
    out += draw([
        ('figure-far', [arm_l, left]),
        ('figure', [torso(f)]),
    ])
    out += ghost(start.shapes())
    out += draw([('figure', [end, nerve_path(end), arm_r])])
    centre = end.knee
    out += arrow(arc_points(centre, SHIN + 24, 86, 22, 8), both=True, head=12, width=4)
    return out


def close_up_leg(s, ankle, foot_angle, toe_bend=0, shin_angle=-92, thigh_angle=180, sign=1):
    f = Figure(sign, s)
    knee = add(ankle, mul(direction(shin_angle), SHIN * s))
    hip = add(knee, mul(direction(thigh_angle), THIGH * s))
    f.hip = hip
    return f, Leg(f, hip, ankle, foot_angle, toe_bend)


def close_up_chair(leg, s):
    """The front of a chair seat under a close-up's thigh."""
    top = leg.knee[1] + THIGH_R2 * s + 3
    front = leg.knee[0] - 26 * s
    return group('equipment', [fill(rounded_rect(-20, top, front + 20, 20, 8)),
                               stroke(f'M{fmt(front - 14)} {fmt(top + 16)}V{FLOOR}', 10)])


TOWEL_T = 5               # a towel's thickness lying on the floor


def curled_toes(leg, curl, knuckle=5.0):
    """The toes of @leg with their tips curled toward the sole by @curl
    degrees at a joint @knuckle along them (the toes' own bend at the ball
    stays the leg's)."""
    near = [(-2.5, -3.2), (2, -3.1), (knuckle, -2.9)]
    tip = [(knuckle + 1.6, -2.7), (knuckle + 4.2, -1.8), (knuckle + 5.8, 0.4),
           (knuckle + 5, 3), (knuckle + 2.4, 3.8)]
    back = [(knuckle - 0.6, 4.2), (-2.5, 4.2)]
    pivot = (knuckle, 0.8)
    c, s = math.cos(math.radians(curl)), math.sin(math.radians(curl))

    def bend(p):
        dx, dy = p[0] - pivot[0], p[1] - pivot[1]
        return (pivot[0] + dx * c - dy * s, pivot[1] + dx * s + dy * c)

    pts = near + [bend(p) for p in tip] + back
    return [leg.toes(p) for p in pts]


def gathered_towel(x0, x1, fold_x, fold_h):
    """A towel lying on the floor from @x0 to @x1, gathered into a fold of
    height @fold_h starting at @fold_x: the equipment tone, its outline and
    creases in the detail tone so it reads on a white page."""
    top = FLOOR - TOWEL_T
    h = fold_h
    pts = [(x0, top, 'c'), (fold_x - 10, top), (fold_x - 1, top - h * 0.3),
           (fold_x + 6, top - h * 0.78), (fold_x + 17, top - h), (fold_x + 29, top - h * 0.86),
           (fold_x + 38, top - h * 0.56), (fold_x + 48, top - h * 0.64),
           (fold_x + 58, top - h * 0.46), (fold_x + 68, top - h * 0.14), (fold_x + 82, top),
           (x1, top, 'c'), (x1, FLOOR, 'c'), (x0, FLOOR, 'c')]
    outline = smooth_path(pts)
    creases = [
        smooth_path([(fold_x + 6, top - 2), (fold_x + 12, top - h * 0.5),
                     (fold_x + 20, top - h * 0.78), (fold_x + 28, top - h * 0.72)], closed=False),
        smooth_path([(fold_x + 37, top - h * 0.5), (fold_x + 36, top - h * 0.26),
                     (fold_x + 40, top - 2)], closed=False),
        smooth_path([(fold_x + 50, top - h * 0.5), (fold_x + 57, top - h * 0.26),
                     (fold_x + 66, top - 2)], closed=False),
    ]
    return (group('equipment', [fill(outline)]) +
            group('equipment-detail', [stroke(outline, 2.6)] + [stroke(d, 2.6) for d in creases]))


def foot_scrunch():
    s = 2.3
    ankle = flat_ankle(150, FLOOR - TOWEL_T, s)
    # The toes lift a little at the ball and claw down at their middle joint.
    f, leg = close_up_leg(s, ankle, 0, toe_bend=30, shin_angle=-100)
    _, flat = close_up_leg(s, ankle, 0, toe_bend=0, shin_angle=-100)
    toes = curled_toes(leg, 100)
    tip_x = max(p[0] for p in toes)
    out = [floor_line(), close_up_chair(leg, s)]
    # The towel, gathered into a fold in front of the toes that grip it.
    out += gathered_towel(-10, 410, tip_x - 6, 40)
    out += ghost([flat.shapes()[3]])
    out += draw([('figure', leg.shapes()[:3] + [fill(smooth_path(toes)), region(leg, 'sole')])])
    # The towel is drawn in toward the heel.
    y = FLOOR - TOWEL_T - 40 - 18
    out += arrow([(tip_x + 76, y + 6), (tip_x + 40, y - 4), (tip_x + 4, y + 4)],
                 head=15, width=6)
    return out


def footprint(centre, angle, scale):
    """A footprint seen from above, toes toward @angle (screen degrees)."""
    fr = Frame(centre, angle, 1, scale)
    sole = [(-14, 0), (-12, -5), (-4, -6), (6, -6.8), (11, -6.6), (13, -3), (12, 2.8), (8, 5.6),
            (0, 4.4), (-8, 4.6), (-12.5, 4)]
    toes = [((16.4, -5.6), 2.4), ((17.4, -1.6), 1.9), ((16.8, 1.6), 1.7), ((15.6, 4.2), 1.5),
            ((13.4, 6.4), 1.3)]
    return [fill(smooth_path([fr(p) for p in sole]))] + [circle(fr(p), r * scale) for p, r in toes]


def heel_raise(turn):
    f = Figure()
    rise = 34
    toe_bend = rise
    low = lowest_foot_point(rise, toe_bend)
    right_ankle = (214 - low[0] + 20, FLOOR - low[1])
    left_ankle = add(right_ankle, (6, 0))
    hip = add(right_ankle, mul(direction(-90), THIGH + SHIN - 0.01))
    f.body(hip, -90)
    right = f.leg(right_ankle, rise, toe_bend)
    left = f.leg(left_ankle, rise, toe_bend, hip=add(hip, (3, 0)))
    arm_r = f.arm(add(f.shoulder, (6, 80)), 90)
    arm_l = f.arm(add(f.shoulder, (12, 79)), 86)
    # The start: flat on the floor.
    g = Figure()
    g_ankle = flat_ankle(right_ankle[0])
    g_hip = add(g_ankle, mul(direction(-90), THIGH + SHIN - 0.01))
    g.body(g_hip, -90)
    g_leg = g.leg(g_ankle, 0)
    g_arm = g.arm(add(g.shoulder, (6, 80)), 90)
    out = [floor_line()]
    out += ghost(g.torso_shapes() + g_leg.shapes() + g_arm.shapes())
    out += draw([
        ('figure-far', [arm_l, left]),
        ('target', [left.region('calf')]),
        ('figure', [torso(f), right, region(right, 'calf'), arm_r]),
    ])
    heel = right.point('heel')
    out += arrow([add(heel, (-26, 6)), add(heel, (-26, -44))], curved=False)
    # The inset shows the feet from above: how they are turned.
    out += group('inset', [fill(rounded_rect(16, 16, 124, 108, 16))])
    spread = {'parallel': 0, 'in': 24, 'out': -24}[turn]
    items = footprint((54, 72), -90 + spread, 2.0) + footprint((102, 72), -90 - spread, 2.0)
    out += group('figure', items)
    return out


def seated_on_floor(lean):
    f = Figure()
    hip = (118, FLOOR - HIP_R)
    f.body(hip, lean)
    return f


def roller(centre, r):
    return group('equipment', [circle(centre, r)]) + group('equipment-detail', [
        stroke(f'M{pt(add(centre, (-r * 0.45, 0)))}A{fmt(r * 0.45)} {fmt(r * 0.45)} 0 1 1 '
               f'{pt(add(centre, (-r * 0.45, 0.01)))}', 3)])


def leg_on_support(f, contact, r, support_x, thigh=False, foot_relax=30):
    """Solves the straight right leg so that its back rests on a circle of
    radius @r standing on the floor at @support_x."""
    hip = f.hip
    best = None
    for tenth in range(-600, 100):
        angle = tenth / 10
        knee = add(hip, mul(direction(angle), THIGH))
        ankle = add(knee, mul(direction(angle), SHIN))
        leg = Leg(f, hip, ankle, angle - 90 + foot_relax)
        frame = leg.thigh if thigh else leg.shin
        L = THIGH if thigh else SHIN
        back = -12.6 if not thigh else -13
        p = frame((L * contact, back))
        centre = (p[0], p[1] + r)
        if abs(centre[1] - (FLOOR - r)) < 0.6:
            if best is None or abs(centre[1] - (FLOOR - r)) < best[0]:
                best = (abs(centre[1] - (FLOOR - r)), leg, centre)
    return best[1], best[2]


def gastrocnemius_release():
    f = seated_on_floor(-122)
    r = 22
    right, centre = leg_on_support(f, 0.32, r, None)
    left = f.leg(flat_ankle(f.hip[0] + 82), 0)
    hand = (f.hip[0] - 36, FLOOR - 8)
    arm_r = f.arm(hand, 180)
    arm_l = f.arm(add(hand, (-6, 0)), 180)
    out = [floor_line()]
    out += draw([('figure-far', [arm_l, left])])
    out += roller(centre, r)
    out += draw([('figure', [torso(f), right, region(right, 'gastrocnemius'), arm_r])])
    a, b = right.shin((SHIN * 0.0, -42)), right.shin((SHIN * 0.7, -42))
    out += arrow([a, b], both=True, curved=False, head=11, width=4)
    return out


def soleus_release():
    f = seated_on_floor(-122)
    r = 12
    right, centre = leg_on_support(f, 0.78, r, None)
    left = f.leg(flat_ankle(f.hip[0] + 82), 0)
    hand = (f.hip[0] - 36, FLOOR - 8)
    arm_r = f.arm(hand, 180)
    arm_l = f.arm(add(hand, (-6, 0)), 180)
    out = [floor_line()]
    out += draw([('figure-far', [arm_l, left])])
    out += group('equipment-detail', [circle(centre, r)])
    out += draw([('figure', [torso(f), right, region(right, 'soleus'), arm_r])])
    a, b = right.shin((SHIN * 0.4, -40)), right.shin((SHIN * 1.05, -40))
    out += arrow([a, b], both=True, curved=False, head=11, width=4)
    return out


def hamstring_release():
    f = Figure()
    f.body((150, FLOOR - 44), -142)
    r = 20
    right, centre = leg_on_support(f, 0.55, r, None, thigh=True, foot_relax=34)
    left_ankle = flat_ankle(f.hip[0] + 92)
    left = f.leg(left_ankle, 0)
    hand = (f.hip[0] - 56, FLOOR - 8)
    arm_r = f.arm(hand, 180)
    arm_l = f.arm(add(hand, (-6, 0)), 180)
    out = [floor_line()]
    out += draw([('figure-far', [arm_l, left])])
    out += roller(centre, r)
    out += draw([('figure', [torso(f), right, region(right, 'hamstring'), arm_r])])
    a, b = right.thigh((THIGH * 0.05, -44)), right.thigh((THIGH * 1.0, -44))
    out += arrow([a, b], both=True, curved=False, head=11, width=4)
    return out


def forearm_and_hand(elbow, wrist, s, thumb=None):
    """A forearm from off the picture to @wrist and a closed hand; @thumb, a
    point, draws the thumb reaching to it."""
    tip = add(wrist, mul(direction(angle_of(sub(wrist, elbow))), 9 * s))
    items = [fill(capsule(elbow, ARM_R2 * s, wrist, ARM_R3 * s)),
             fill(capsule(wrist, 6.2 * s, tip, 5.6 * s))]
    if thumb is not None:
        base = lerp(wrist, tip, 0.3)
        items.append(fill(capsule(base, 2.9 * s, thumb, 2.5 * s)))
    return items


def posterior_tibialis_release():
    """The right lower leg seen from its inner side: toes to the left."""
    s = 2.4
    ankle = flat_ankle(236, s=s)
    f, leg = close_up_leg(s, ankle, 180, shin_angle=-80, thigh_angle=-4, sign=-1)
    out = [floor_line()]
    out += draw([('figure', [leg, region(leg, 'posterior-tibialis'),
                             circle(leg.foot((0.5, -1)), 3.6 * s, 'figure-detail')])])
    ball = leg.shin((SHIN * 0.52, 13))
    out += group('equipment-detail', [circle(ball, 11 * s)])
    wrist = add(ball, (-30, -28))
    out += draw([('figure-far', forearm_and_hand(add(wrist, (-150, -160)), wrist, s * 1.2))])
    a, b = leg.shin((SHIN * 0.25, 44)), leg.shin((SHIN * 0.85, 44))
    out += arrow([a, b], both=True, curved=False, head=18, width=6.5)
    return out


def gripping_hand(leg):
    """A right hand seen from its back, round the outer side of @leg's calf:
    the forearm comes from the front, the fingers wrap round the back of the
    calf and the thumb presses along the outer calf. In the shin's frame
    (x down the shin, y toward its front), so it follows the leg."""
    L = SHIN
    sh = leg.shin
    s = leg.figure.s
    wrist = (L * 0.3, 13)
    elbow = (L * -0.55, 118)
    palm = [(L * 0.22, 11), (L * 0.22, 2), (L * 0.26, -4), (L * 0.42, -4.5), (L * 0.44, 3),
            (L * 0.4, 11)]
    items = [fill(capsule(sh(elbow), ARM_R2 * s * 1.15, sh(wrist), ARM_R3 * s * 1.15)),
             fill(smooth_path([sh(p) for p in palm]))]
    # Four fingers, a little apart, curling round the back of the calf.
    for k, x in enumerate((0.235, 0.285, 0.335, 0.385)):
        reach = (-11.5, -12.6, -12.4, -11.2)[k]
        base = (L * x, -3)
        tip = (L * x + 1.2, reach)
        items.append(fill(capsule(sh(base), 1.45 * s, sh(tip), 1.25 * s)))
    # The thumb, from the heel of the hand down the outer calf to the press.
    items.append(fill(smooth_path([sh(p) for p in (
        (L * 0.36, 10), (L * 0.44, 6.8), (L * 0.53, 1.2), (L * 0.565, -1.8), (L * 0.545, -3.6),
        (L * 0.51, -2.2), (L * 0.44, 1.4), (L * 0.38, 3.6))])))
    return items


def peroneal_massage():
    """The right lower leg seen from its outer side: a thumb along the outer calf."""
    s = 2.4
    ankle = flat_ankle(178, s=s)
    f, leg = close_up_leg(s, ankle, 0, shin_angle=-98, thigh_angle=180)
    out = [floor_line()]
    out += draw([('figure', [leg, region(leg, 'peroneals'),
                             circle(leg.foot((0.5, -1)), 3.6 * s, 'figure-detail')])])
    out += draw([('figure-far', gripping_hand(leg))])
    a, b = leg.shin((SHIN * 0.2, 36)), leg.shin((SHIN * 0.85, 36))
    out += arrow([a, b], both=True, curved=False, head=18, width=6.5)
    return out


def plantar_fascia_release():
    s = 2.3
    r = 16
    rx = 196
    centre = (rx, FLOOR - r)
    foot_angle = -6
    ankle = place_foot(foot_angle, (12, 8.6), (rx, FLOOR - 2 * r + 1), 1, s)
    f, leg = close_up_leg(s, ankle, foot_angle, shin_angle=-100)
    out = [floor_line()]
    out += close_up_chair(leg, s)
    out += group('equipment', [circle(centre, r * s / 2.3 * 1.0)])
    out += group('equipment-detail', [circle(add(centre, mul(direction(a), r * 0.62)), 3)
                                      for a in range(0, 360, 45)])
    out += draw([('figure', [leg, region(leg, 'sole')])])
    a, b = (rx - 110, FLOOR - 8), (rx + 110, FLOOR - 8)
    out += arrow([(rx - 100, FLOOR + 18), (rx + 100, FLOOR + 18)], both=True, curved=False,
                 head=16, width=6)
    return out


SCENES = {
    'upper-calf-stretch': upper_calf_stretch,
    'lower-calf-stretch': lower_calf_stretch,
    'calf-hamstring-band-stretch': calf_hamstring_band_stretch,
    'big-toe-band-stretch': big_toe_band_stretch,
    'seated-towel-calf-stretch': seated_towel_calf_stretch,
    'slant-board-calf-stretch': slant_board_calf_stretch,
    'shin-peroneal-stretch': shin_peroneal_stretch,
    'tibial-nerve-glide': tibial_nerve_glide,
    'foot-scrunch': foot_scrunch,
    'heel-raise-parallel': lambda: heel_raise('parallel'),
    'heel-raise-turned-in': lambda: heel_raise('in'),
    'heel-raise-turned-out': lambda: heel_raise('out'),
    'soleus-release': soleus_release,
    'posterior-tibialis-release': posterior_tibialis_release,
    'gastrocnemius-release': gastrocnemius_release,
    'peroneal-massage': peroneal_massage,
    'hamstring-release': hamstring_release,
    'plantar-fascia-release': plantar_fascia_release,
}


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def document(lines):
    head = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!-- Made by build-aux/draw-illustrations.py: change the pose there, not here. -->',
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}">',
        f'<style>{DEFAULT_STYLE}</style>',
    ]
    return '\n'.join(head + list(flatten(lines)) + ['</svg>', ''])


def main():
    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(top, 'data', 'illustrations')
    os.makedirs(outdir, exist_ok=True)
    failed = False
    for name, scene in SCENES.items():
        try:
            text = document(scene())
        except ValueError as error:
            print(f'draw-illustrations: {name}: {error}', file=sys.stderr)
            failed = True
            continue
        with open(os.path.join(outdir, name + '.svg'), 'w', encoding='utf-8') as out:
            out.write(text)
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
